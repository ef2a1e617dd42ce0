using LibraryPersonalization.Domain.Auditing;

namespace LibraryPersonalization.Web.Features.Bookings;

public static class BookingNotifications
{
    /// <summary>Tells a booking's holder what happened to it; the link opens their bookings.</summary>
    public static void NotifyHolder(this LibraryDbContext db, string userId, string message, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Notifications.Add(new Notification { UserId = userId, Message = message, Link = "/bookings/mine", CreatedAt = at });
    }
}

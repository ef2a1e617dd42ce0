using LibraryPersonalization.Domain.Auditing;

namespace LibraryPersonalization.Web.Features.Collection;

public static class RequestNotifications
{
    /// <summary>Tells every student who asked for the book, except the one who caused the change.</summary>
    public static void NotifySupporters(this LibraryDbContext db, BookRequest request, string message, DateTimeOffset at, string? exceptUserId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        db.Notifications.AddRange(request.Supporters
            .Where(supporter => supporter.StudentId != exceptUserId)
            .Select(supporter => new Notification { UserId = supporter.StudentId, Message = message, Link = $"/requests/{request.Id}", CreatedAt = at }));
    }
}

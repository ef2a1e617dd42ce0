using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>Resources and bookings placed around the real clock, for what happens while a booking is on: check-in, moves, releases.</summary>
internal static class LiveBookingData
{
    /// <summary>A resource open around the clock every day in 30-minute slots, so "now" is always inside its hours.</summary>
    public static Task<int> AddAlwaysOpenAsync(LibraryAppFactory app, EcosystemElement element, string name, int seats) =>
        app.WithDbAsync(async db =>
        {
            var resource = new BookableResource { Element = element, Name = name, Purpose = $"{name} for tests.", Seats = seats, SlotMinutes = 30, LongestBookingMinutes = 240 };
            resource.Hours.AddRange(Enum.GetValues<DayOfWeek>().Select(day => new OpeningHours { Day = day, Opens = TimeOnly.MinValue, Closes = new TimeOnly(23, 30) }));
            db.BookableResources.Add(resource);
            await db.SaveChangesAsync();
            return resource.Id;
        });

    /// <summary>A booking of <paramref name="email"/> from <paramref name="start"/> (UTC) for <paramref name="minutes"/>.</summary>
    public static Task<int> AddBookingAsync(LibraryAppFactory app, int resourceId, string email, DateTimeOffset start, int minutes, BookingStatus status = BookingStatus.Confirmed, int seats = 1) =>
        app.WithDbAsync(async db =>
        {
            var holder = await db.Users.SingleAsync(user => user.Email == email);
            var booking = new Booking
            {
                ResourceId = resourceId,
                HolderId = holder.Id,
                HolderName = holder.DisplayName,
                BookedById = holder.Id,
                Start = start,
                End = start.AddMinutes(minutes),
                Seats = seats,
                Status = status,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            return booking.Id;
        });

    public static Task<Booking> BookingAsync(LibraryAppFactory app, int bookingId) =>
        app.WithDbAsync(db => db.Bookings.AsNoTracking().SingleAsync(booking => booking.Id == bookingId));

    /// <summary>Now, on a half-hour boundary, so a booking placed from it lines up with the 30-minute slots.</summary>
    public static DateTimeOffset SlotNow()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute / 30 * 30, 0, TimeSpan.Zero);
    }
}

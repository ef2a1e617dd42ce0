using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Domain.Ecosystem;
using Microsoft.EntityFrameworkCore;

namespace LibraryPersonalization.Browser.Tests.Infrastructure;

/// <summary>A learning zone with a busy week ahead, arranged straight in the database as a librarian and earlier bookings would have left it.</summary>
public static class BookingArrange
{
    public const string ZoneName = "Quiet study zone";

    private static readonly SchoolCalendar Calendar = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

    /// <summary>Monday of next school week, whose slots are all still ahead.</summary>
    public static DateOnly NextMonday => SchoolCalendar.WeekStart(Calendar.DateOf(DateTimeOffset.UtcNow)).AddDays(7);

    /// <summary>The zone (created once per app): 16 seats, open weekdays 8 AM to 4 PM, closed next Thursday, partly full and full slots next Tuesday.</summary>
    public static Task<int> ZoneAsync(LibraryServer app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync(async db =>
        {
            if (await db.BookableResources.Where(resource => resource.Name == ZoneName).Select(resource => (int?)resource.Id).SingleOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var zone = new BookableResource { Element = EcosystemElement.PhysicalSpace, Name = ZoneName, Purpose = "Silent individual study.", Seats = 16, SlotMinutes = 60, BookingWindowDays = 30 };
            zone.Hours.AddRange(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Select(day => new OpeningHours { Day = day, Opens = new TimeOnly(8, 0), Closes = new TimeOnly(16, 0) }));
            zone.ClosedDates.Add(new ClosedDate { Date = NextMonday.AddDays(3), Reason = "Staff training day" });
            db.BookableResources.Add(zone);
            await db.SaveChangesAsync();
            var librarian = await db.Users.Where(user => user.Email == LibraryBrowserFixture.Librarian).Select(user => new { user.Id, user.DisplayName }).SingleAsync();
            foreach (var (hour, seats) in new[] { (9, 13), (10, 16), (11, 4) })
            {
                var start = Calendar.ToInstant(NextMonday.AddDays(1), new TimeOnly(hour, 0))!.Value;
                db.Bookings.Add(new Booking
                {
                    ResourceId = zone.Id, HolderId = librarian.Id, HolderName = librarian.DisplayName, BookedById = librarian.Id,
                    Start = start, End = start.AddHours(1), Seats = seats, Status = BookingStatus.Confirmed, CreatedAt = DateTimeOffset.UtcNow,
                });
            }

            await db.SaveChangesAsync();
            return zone.Id;
        });
    }

    /// <summary>An upcoming booking of the zone held by <paramref name="email"/> (one per person), for their change page.</summary>
    public static async Task<int> BookingOfAsync(LibraryServer app, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
        var zoneId = await ZoneAsync(app);
        return await app.WithDbAsync(async db =>
        {
            var holder = await db.Users.Where(user => user.Email == email).Select(user => new { user.Id, user.DisplayName }).SingleAsync();
            if (await db.Bookings.Where(booking => booking.ResourceId == zoneId && booking.HolderId == holder.Id).Select(booking => (int?)booking.Id).FirstOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var start = Calendar.ToInstant(NextMonday.AddDays(2), new TimeOnly(13, 0))!.Value;
            var booking = new Booking
            {
                ResourceId = zoneId, HolderId = holder.Id, HolderName = holder.DisplayName, BookedById = holder.Id,
                Start = start, End = start.AddHours(1), Status = BookingStatus.Confirmed, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            return booking.Id;
        });
    }
}

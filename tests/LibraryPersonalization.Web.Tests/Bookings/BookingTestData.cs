using System.Globalization;
using LibraryPersonalization.Data;
using LibraryPersonalization.Domain.Bookings;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>Arranges bookable resources, extra students and existing bookings straight in the database, as a librarian would have.</summary>
public static class BookingTestData
{
    public static readonly TimeZoneInfo SchoolZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static SchoolCalendar Calendar { get; } = new(SchoolZone);

    /// <summary>A school day a few days from now, inside every test resource's booking window.</summary>
    public static DateOnly SoonDay(int daysAhead = 3) => Calendar.DateOf(DateTimeOffset.UtcNow).AddDays(daysAhead);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A resource open 7 AM to 8 PM every day, 30-minute slots, bookable two hours at a time up to 30 days ahead.</summary>
    public static Task<int> AddResourceAsync(LibraryAppFactory app, EcosystemElement element, string name, int seats, int bufferMinutes = 0) =>
        app.WithDbAsync(async db =>
        {
            var resource = new BookableResource
            {
                Element = element,
                Name = name,
                Purpose = $"{name} for tests.",
                Seats = seats,
                SlotMinutes = 30,
                LongestBookingMinutes = 120,
                BookingWindowDays = 30,
                BufferMinutes = bufferMinutes,
            };
            resource.Hours.AddRange(Enum.GetValues<DayOfWeek>().Select(day => new OpeningHours { Day = day, Opens = new TimeOnly(7, 0), Closes = new TimeOnly(20, 0) }));
            db.BookableResources.Add(resource);
            await db.SaveChangesAsync();
            return resource.Id;
        });

    /// <summary>A confirmed booking held by <paramref name="email"/>, in school time.</summary>
    public static Task<int> AddBookingAsync(LibraryAppFactory app, int resourceId, string email, DateOnly date, TimeOnly start, int minutes, int seats = 1, BookingStatus status = BookingStatus.Confirmed) =>
        app.WithDbAsync(async db =>
        {
            var holder = await db.Users.SingleAsync(user => user.Email == email);
            var from = Calendar.ToInstant(date, start)!.Value;
            var booking = new Booking
            {
                ResourceId = resourceId,
                HolderId = holder.Id,
                HolderName = holder.DisplayName,
                BookedById = holder.Id,
                Start = from,
                End = from.AddMinutes(minutes),
                Seats = seats,
                Status = status,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            return booking.Id;
        });

    /// <summary><paramref name="email"/> waiting for a seat of a full slot, in school time.</summary>
    public static Task<int> AddWaitlistEntryAsync(LibraryAppFactory app, int resourceId, string email, DateOnly date, TimeOnly start, int minutes) =>
        app.WithDbAsync(async db =>
        {
            var person = await db.Users.SingleAsync(user => user.Email == email);
            var from = Calendar.ToInstant(date, start)!.Value;
            var entry = new WaitlistEntry
            {
                ResourceId = resourceId,
                UserId = person.Id,
                UserName = person.DisplayName,
                Start = from,
                End = from.AddMinutes(minutes),
                JoinedAt = DateTimeOffset.UtcNow,
                Status = WaitlistStatus.Waiting,
            };
            db.WaitlistEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

    /// <summary>Student accounts beyond the demo school's, for races that need more people than it has.</summary>
    public static async Task<IReadOnlyList<string>> AddStudentsAsync(LibraryAppFactory app, string prefix, int count)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var emails = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var email = $"{prefix}{i}@school.test";
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = $"{prefix} student {i}", EmailConfirmed = true };
            AssertSucceeded(await users.CreateAsync(user, LibraryAppFactory.Password));
            AssertSucceeded(await users.AddToRoleAsync(user, nameof(LibraryRole.Student)));
            emails.Add(email);
        }

        return emails;
    }

    public static Task<Booking> BookingAsync(LibraryAppFactory app, int bookingId) =>
        app.WithDbAsync(db => db.Bookings.AsNoTracking().SingleAsync(booking => booking.Id == bookingId));

    public static Task<List<Booking>> BookingsOfAsync(LibraryAppFactory app, int resourceId) =>
        app.WithDbAsync(db => db.Bookings.AsNoTracking().Where(booking => booking.ResourceId == resourceId).ToListAsync());

    private static void AssertSucceeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(error => error.Description)));
}

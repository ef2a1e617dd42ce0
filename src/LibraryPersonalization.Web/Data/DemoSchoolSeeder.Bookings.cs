using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Data;

/// <summary>The learning zones and media-lab studios of the demo school, with a week of bookings that obey the booking rules.</summary>
public sealed partial class DemoSchoolSeeder
{
    /// <summary>A new school's starting limits: two hours a day per area, a little more room for quiet study across the week.</summary>
    private static BookingLimits[] DefaultBookingLimits =>
    [
        new() { Element = EcosystemElement.PhysicalSpace, MaxHoursPerDay = 2, MaxHoursPerWeek = 6, MaxOpenBookings = 3, CheckInWindowMinutes = 15, ClaimMinutes = 30 },
        new() { Element = EcosystemElement.MediaLab, MaxHoursPerDay = 2, MaxHoursPerWeek = 4, MaxOpenBookings = 2, CheckInWindowMinutes = 10, ClaimMinutes = 60 },
    ];

    private static readonly ResourceSeed[] DemoResources =
    [
        new(EcosystemElement.PhysicalSpace, "Quiet study", "Silent individual study: exam revision, reading, homework. Phones on silent.", 24, 30, 120, 14, 0, 0, new(7, 30), new(17, 0)),
        new(EcosystemElement.PhysicalSpace, "Collaboration tables", "Group work at shared tables with whiteboards. Talking welcome.", 16, 30, 120, 14, 0, 0, new(7, 30), new(17, 0)),
        new(EcosystemElement.PhysicalSpace, "Presentation practice room", "A small room with a screen and clicker to rehearse talks and presentations.", 6, 30, 60, 14, 60, 10, new(8, 0), new(16, 30)),
        new(EcosystemElement.PhysicalSpace, "Reading nook", "Armchairs by the fiction shelves for reading for pleasure.", 8, 30, 90, 7, 0, 0, new(7, 30), new(17, 0)),
        new(EcosystemElement.MediaLab, "Podcast booth", "Sound-treated booth with four microphones and a recorder for podcasts and interviews.", 4, 30, 90, 21, 60, 15, new(8, 0), new(16, 30)),
        new(EcosystemElement.MediaLab, "Green-screen studio", "Green screen, lights and a camera for video projects. Staff set it up, so book a day ahead.", 6, 60, 120, 21, 24 * 60, 15, new(8, 0), new(16, 0)),
        new(EcosystemElement.MediaLab, "Editing stations", "Three computers with video, audio and photo editing software; one seat each.", 3, 30, 120, 14, 0, 0, new(7, 30), new(16, 30)),
    ];

    /// <summary>Who books what on each day of the demo week: (day, resource, start, minutes, request?).</summary>
    private static readonly (int Day, string Resource, TimeOnly Start, int Minutes, bool Request)[] StudentPattern =
    [
        (0, "Quiet study", new(8, 0), 60, false), (0, "Quiet study", new(12, 0), 60, false), (0, "Collaboration tables", new(14, 30), 90, false),
        (0, "Green-screen studio", new(13, 0), 60, true), (0, "Editing stations", new(15, 0), 60, false),
        (1, "Quiet study", new(10, 30), 60, false), (1, "Reading nook", new(11, 0), 30, false), (1, "Collaboration tables", new(12, 0), 60, false),
        (1, "Editing stations", new(15, 0), 90, false), (1, "Podcast booth", new(14, 0), 60, false),
        (2, "Quiet study", new(8, 0), 90, false), (2, "Presentation practice room", new(14, 0), 30, true), (2, "Reading nook", new(12, 30), 60, false),
        (2, "Green-screen studio", new(14, 0), 60, false), (2, "Editing stations", new(13, 0), 60, false),
        (3, "Quiet study", new(13, 0), 60, false), (3, "Presentation practice room", new(9, 0), 30, false), (3, "Collaboration tables", new(12, 0), 60, false),
        (3, "Podcast booth", new(11, 0), 60, true), (3, "Editing stations", new(15, 0), 60, false),
        (4, "Quiet study", new(8, 0), 60, false), (4, "Reading nook", new(11, 30), 30, false), (4, "Collaboration tables", new(14, 0), 90, false),
        (4, "Podcast booth", new(13, 30), 60, false),
    ];

    /// <summary>Teachers' class bookings of the demo week: a class takes every seat.</summary>
    private static readonly (int Day, string Teacher, string Resource, TimeOnly Start, int Minutes, string ClassName, int HeadCount)[] ClassPattern =
    [
        (1, "teacher.okafor@school.test", "Podcast booth", new(10, 0), 60, "English 10B podcast project", 4),
        (2, "teacher.lindqvist@school.test", "Collaboration tables", new(9, 0), 90, "History 11 debate prep", 16),
        (3, "teacher.okafor@school.test", "Green-screen studio", new(9, 0), 120, "Media Studies 12 news report", 6),
    ];

    private static readonly DayOfWeek[] SchoolWeek = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private sealed record ResourceSeed(
        EcosystemElement Element, string Name, string Purpose, int Seats, int SlotMinutes, int LongestMinutes, int WindowDays, int LeadMinutes, int BufferMinutes, TimeOnly Opens, TimeOnly Closes);

    private async Task SeedZonesAndStudiosAsync()
    {
        var now = clock.GetUtcNow();
        var schoolDays = Enumerable.Range(0, 21).Select(calendar.DateOf(now).AddDays).Where(date => SchoolWeek.Contains(date.DayOfWeek)).ToList();
        var resources = DemoResources.Select(seed =>
        {
            var resource = new BookableResource
            {
                Element = seed.Element,
                Name = seed.Name,
                Purpose = seed.Purpose,
                Seats = seed.Seats,
                SlotMinutes = seed.SlotMinutes,
                LongestBookingMinutes = seed.LongestMinutes,
                BookingWindowDays = seed.WindowDays,
                LeadTimeMinutes = seed.LeadMinutes,
                BufferMinutes = seed.BufferMinutes,
            };
            resource.Hours.AddRange(SchoolWeek.Select(day => new OpeningHours { Day = day, Opens = seed.Opens, Closes = seed.Closes }));
            resource.ClosedDates.Add(seed.Element == EcosystemElement.PhysicalSpace
                ? new ClosedDate { Date = schoolDays[6], Reason = "Exam day: the library hosts the grade 12 exams" }
                : new ClosedDate { Date = schoolDays[7], Reason = "Staff training on the new cameras" });
            return resource;
        }).ToDictionary(resource => resource.Name);
        db.BookableResources.AddRange(resources.Values);
        await db.SaveChangesAsync();
        var elementOf = resources.Values.ToDictionary(resource => resource.Id, resource => resource.Element);

        var limits = await db.BookingLimits.AsNoTracking().ToDictionaryAsync(row => row.Element);
        var people = await db.Users.AsNoTracking().ToDictionaryAsync(user => user.Email!);

        // The first students keep an empty "my bookings", so the README's walkthrough starts from a clean page.
        var students = DemoPeople.Where(person => person.Role == LibraryRole.Student).Skip(3).Select(person => people[person.Email]).ToList();
        var placed = new List<Booking>();
        var next = 0;
        foreach (var (day, name, start, minutes, request) in StudentPattern)
        {
            var resource = resources[name];
            for (var tries = 0; tries < students.Count; tries++)
            {
                var student = students[next++ % students.Count];
                if (TryBook(resource, student, schoolDays[day], start, minutes, request ? BookingStatus.Requested : BookingStatus.Confirmed, null, limits[resource.Element]) is { } booking)
                {
                    placed.Add(booking);
                    break;
                }
            }
        }

        foreach (var (day, teacher, name, start, minutes, className, headCount) in ClassPattern)
        {
            if (TryBook(resources[name], people[teacher], schoolDays[day], start, minutes, BookingStatus.Confirmed, (className, headCount), null) is { } booking)
            {
                placed.Add(booking);
            }
        }

        db.Bookings.AddRange(placed);
        await db.SaveChangesAsync();

        // A booking the rules refuse (closed, full, past, over a student's limits) is left out, never stored.
        Booking? TryBook(BookableResource resource, ApplicationUser holder, DateOnly date, TimeOnly start, int minutes, BookingStatus status, (string Name, int HeadCount)? forClass, BookingLimits? studentLimits)
        {
            if (calendar.ToInstant(date, start) is not { } from)
            {
                return null;
            }

            var attempt = new BookingAttempt(from, from.AddMinutes(minutes), forClass is null ? 1 : resource.Seats, ByStaff: forClass is not null);
            var held = placed.Where(other => other.ResourceId == resource.Id && other.HoldsSeats).Select(other => new HeldTime(other.Start, other.End, other.Seats));
            var own = placed.Where(other => other.HolderId == holder.Id).ToList();
            var ownHere = own.Where(other => elementOf[other.ResourceId] == resource.Element).Select(other => new HeldTime(other.Start, other.End, other.Seats)).ToList();
            if (BookingRules.TimeRefusal(resource, attempt, now, calendar) is not null
                || BookingRules.SeatRefusal(resource, held, attempt) is not null
                || own.Any(other => other.Overlaps(attempt.Start, attempt.End))
                || (studentLimits is not null && BookingRules.LimitRefusal(studentLimits, ownHere, attempt, calendar) is not null))
            {
                return null;
            }

            return new Booking
            {
                ResourceId = resource.Id,
                HolderId = holder.Id,
                HolderName = holder.DisplayName,
                BookedById = holder.Id,
                Start = attempt.Start,
                End = attempt.End,
                Seats = attempt.Seats,
                ClassName = forClass?.Name,
                HeadCount = forClass?.HeadCount,
                Status = status,
                CreatedAt = now.AddHours(-placed.Count - 1),
            };
        }
    }
}

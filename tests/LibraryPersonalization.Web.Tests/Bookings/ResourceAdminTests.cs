using AngleSharp.Html.Parser;
using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Authorization;
using LibraryPersonalization.Web.Tests.Journeys;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>A librarian manages zones and studios through the rendered forms; nobody else can, and bad input is a message on the form.</summary>
public class ResourceAdminTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_librarian_creates_a_zone_with_its_hours_edits_it_and_retires_it()
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var form = await librarian.OpenFormAsync("/resources/new?element=PhysicalSpace", "Create learning zone");
        var created = await form.Fill(new Dictionary<string, string>
        {
            ["Name"] = "Atrium study",
            ["What it is for"] = "Bright tables for reading and homework.",
            ["Seats"] = "12",
            ["Slot length (minutes)"] = "30",
            ["Longest booking (minutes)"] = "90",
            ["Booking window (days ahead)"] = "10",
            ["Lead time (minutes before the start)"] = "15",
            ["Buffer between bookings (minutes)"] = "5",
            ["Opens on Monday"] = "08:00",
            ["Closes on Monday"] = "17:00",
            ["Opens on Saturday"] = "09:00",
            ["Closes on Saturday"] = "12:00",
        }).Check("Open on Saturday").SubmitAsync();

        Assert.Equal("/resources", JourneySteps.RedirectTarget(created));
        Assert.Contains("Atrium study created.", await librarian.FollowAsync(created), StringComparison.Ordinal);
        var zone = await ResourceAsync("Atrium study");
        Assert.Equal((EcosystemElement.PhysicalSpace, 12, 30, 90, 10, 15, 5, false), (zone.Element, zone.Seats, zone.SlotMinutes, zone.LongestBookingMinutes, zone.BookingWindowDays, zone.LeadTimeMinutes, zone.BufferMinutes, zone.Retired));
        Assert.Equal("Bright tables for reading and homework.", zone.Purpose);
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(17, 0)), (zone.HoursOn(DayOfWeek.Monday)!.Opens, zone.HoursOn(DayOfWeek.Monday)!.Closes));
        Assert.Equal((new TimeOnly(7, 30), new TimeOnly(16, 30)), (zone.HoursOn(DayOfWeek.Friday)!.Opens, zone.HoursOn(DayOfWeek.Friday)!.Closes));
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(12, 0)), (zone.HoursOn(DayOfWeek.Saturday)!.Opens, zone.HoursOn(DayOfWeek.Saturday)!.Closes));
        Assert.Null(zone.HoursOn(DayOfWeek.Sunday));
        Assert.Contains("Atrium study", await librarian.ReadPageAsync("/zones"), StringComparison.Ordinal);

        var edited = await librarian.SubmitAsync($"/resources/{zone.Id}/edit", "Save changes", new()
        {
            ["Name"] = "Atrium quiet study",
            ["Seats"] = "10",
            ["Closes on Friday"] = "15:00",
        });

        Assert.Equal("/resources", JourneySteps.RedirectTarget(edited));
        zone = await ResourceAsync("Atrium quiet study");
        Assert.Equal((10, new TimeOnly(15, 0), 6), (zone.Seats, zone.HoursOn(DayOfWeek.Friday)!.Closes, zone.Hours.Count));
        Assert.Contains(await AuditActionsAsync(), action => action == "Resources.SaveResource");

        var retired = await librarian.SubmitAsync($"/resources/{zone.Id}/retire", "Retire Atrium quiet study");

        Assert.Equal("/resources", JourneySteps.RedirectTarget(retired));
        Assert.Contains("Atrium quiet study is retired", await librarian.FollowAsync(retired), StringComparison.Ordinal);
        Assert.True((await ResourceAsync("Atrium quiet study")).Retired);
        var row = Assert.Single(JourneySteps.TableRows(await librarian.ReadPageAsync("/resources")), row => row.Contains("Atrium quiet study", StringComparison.Ordinal));
        Assert.Contains("Retired", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Atrium quiet study", await librarian.ReadPageAsync("/zones"), StringComparison.Ordinal);

        var offered = await librarian.SubmitAsync("/resources", "Offer again Atrium quiet study");

        Assert.Contains("Atrium quiet study can be booked again.", await librarian.FollowAsync(offered), StringComparison.Ordinal);
        Assert.False((await ResourceAsync("Atrium quiet study")).Retired);
    }

    public static TheoryData<string> NotLibrarians => new(LibraryAppFactory.Teacher, LibraryAppFactory.Student);

    [Theory]
    [MemberData(nameof(NotLibrarians))]
    public async Task Teachers_and_students_get_403_on_every_resource_admin_page_and_post_and_nothing_is_written(string email)
    {
        var id = await BookingTestData.AddResourceAsync(app, EcosystemElement.MediaLab, $"Guarded studio {email}", seats: 2);
        var closureId = await app.WithDbAsync(async db =>
        {
            var closure = new ClosedDate { ResourceId = id, Date = BookingTestData.SoonDay(5), Reason = "Inventory" };
            db.ClosedDates.Add(closure);
            await db.SaveChangesAsync();
            return closure.Id;
        });
        using var person = await TestBrowser.SignedInAsync(app, email);
        var before = await SnapshotAsync(id);

        string[] pages = ["/resources", "/resources/new?element=PhysicalSpace", $"/resources/{id}/edit", $"/resources/{id}/retire", $"/resources/{id}/closures", "/booking-limits"];
        foreach (var page in pages)
        {
            await AssertForbiddenAsync(person, await person.GetAsync(page), $"GET {page}");
        }

        var resourceFields = new Dictionary<string, string>
        {
            ["Name"] = "Forged zone", ["Purpose"] = "Forged", ["Seats"] = "1", ["SlotMinutes"] = "30", ["LongestBookingMinutes"] = "60",
            ["BookingWindowDays"] = "7", ["LeadTimeMinutes"] = "0", ["BufferMinutes"] = "0",
        };
        (string Url, Dictionary<string, string> Fields)[] posts =
        [
            ("/resources/new?element=PhysicalSpace", resourceFields),
            ($"/resources/{id}/edit", resourceFields),
            ($"/resources/{id}/retire", []),
            ($"/resources/{id}/restore", []),
            ($"/resources/{id}/closures", new() { ["Date"] = BookingTestData.Iso(BookingTestData.SoonDay(2)), ["Reason"] = "Forged", ["ExpectedCancellations"] = "0" }),
            ($"/resources/{id}/closures/{closureId}/remove", []),
            ("/booking-limits/MediaLab", new() { ["MaxHoursPerDay"] = "9", ["MaxHoursPerWeek"] = "20", ["MaxOpenBookings"] = "9", ["CheckInWindowMinutes"] = "30", ["ClaimMinutes"] = "90" }),
        ];
        foreach (var (url, fields) in posts)
        {
            await AssertForbiddenAsync(person, await person.ForgePostAsync("/catalog", url, fields), $"POST {url}");
        }

        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Closing_a_date_cancels_that_days_bookings_keeps_other_days_and_tells_each_holder_why()
    {
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Closure zone", seats: 4);
        var (day, nextDay) = (BookingTestData.SoonDay(3), BookingTestData.SoonDay(4));
        var mayas = await BookingTestData.AddBookingAsync(app, zone, LibraryAppFactory.Student, day, new TimeOnly(10, 0), 60);
        var jonahs = await BookingTestData.AddBookingAsync(app, zone, LibraryAppFactory.OtherStudent, day, new TimeOnly(13, 0), 30, status: BookingStatus.Requested);
        var nextDays = await BookingTestData.AddBookingAsync(app, zone, LibraryAppFactory.Student, nextDay, new TimeOnly(10, 0), 60);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var (preview, confirm) = await PreviewClosureAsync(librarian, zone, day, "Exam day in the library");

        var cancelled = JourneySteps.TableRows(preview);
        Assert.Equal(2, cancelled.Count);
        Assert.Contains(cancelled, row => row.Contains("Maya Chen", StringComparison.Ordinal) && row.Contains("Booked", StringComparison.Ordinal));
        Assert.Contains(cancelled, row => row.Contains("Jonah Brooks", StringComparison.Ordinal) && row.Contains("Waiting for approval", StringComparison.Ordinal));
        Assert.Empty(await app.WithDbAsync(db => db.ClosedDates.Where(closed => closed.ResourceId == zone).ToListAsync()));

        var closed = await confirm.SubmitAsync();

        Assert.Equal($"/resources/{zone}/closures", JourneySteps.RedirectTarget(closed));
        var page = await librarian.FollowAsync(closed);
        Assert.Contains("Closure zone closed on", page, StringComparison.Ordinal);
        Assert.Contains("2 bookings were cancelled", page, StringComparison.Ordinal);
        var bookings = (await BookingTestData.BookingsOfAsync(app, zone)).ToDictionary(booking => booking.Id);
        Assert.Equal((BookingStatus.Cancelled, "Exam day in the library"), (bookings[mayas].Status, bookings[mayas].StatusReason));
        Assert.Equal((BookingStatus.Cancelled, "Exam day in the library"), (bookings[jonahs].Status, bookings[jonahs].StatusReason));
        Assert.Equal(BookingStatus.Confirmed, bookings[nextDays].Status);
        var closure = await app.WithDbAsync(db => db.ClosedDates.SingleAsync(row => row.ResourceId == zone));
        Assert.Equal((day, "Exam day in the library"), (closure.Date, closure.Reason));

        var mayaId = await app.UserIdAsync(LibraryAppFactory.Student);
        var told = await app.WithDbAsync(db => db.Notifications.Where(notice => notice.UserId == mayaId && notice.Message.StartsWith("Closure zone is closed")).ToListAsync());
        var notice = Assert.Single(told);
        Assert.Contains(day.ToString("dddd, MMMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US")), notice.Message, StringComparison.Ordinal);
        Assert.Contains("Exam day in the library", notice.Message, StringComparison.Ordinal);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        Assert.Contains("Cancelled: Exam day in the library", await maya.ReadPageAsync("/bookings/mine"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_date_ends_the_waitlist_places_on_it_tells_each_person_waiting_why_and_offers_them_no_freed_seat()
    {
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Waitlist closure zone", seats: 1);
        var (day, nextDay) = (BookingTestData.SoonDay(8), BookingTestData.SoonDay(9));
        await BookingTestData.AddBookingAsync(app, zone, LibraryAppFactory.OtherStudent, day, new TimeOnly(10, 0), 60);
        var mayasPlace = await BookingTestData.AddWaitlistEntryAsync(app, zone, LibraryAppFactory.Student, day, new TimeOnly(10, 0), 60);
        var nextDaysPlace = await BookingTestData.AddWaitlistEntryAsync(app, zone, LibraryAppFactory.Student, nextDay, new TimeOnly(10, 0), 60);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        Assert.Equal(2, WaitlistCards(await maya.GetPageAsync("/bookings/mine")).Count(name => name == "Waitlist closure zone"));
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var (preview, confirm) = await PreviewClosureAsync(librarian, zone, day, "Book fair setup");

        Assert.Contains("1 person is on a waitlist that day: their places end, and they are told why.", preview, StringComparison.Ordinal);
        var closed = await librarian.FollowAsync(await confirm.SubmitAsync());
        Assert.Contains("1 booking was cancelled and its holder was told why. 1 person waiting for a seat that day was told too.", closed, StringComparison.Ordinal);
        var places = await app.WithDbAsync(db => db.WaitlistEntries.AsNoTracking().Where(entry => entry.ResourceId == zone).ToDictionaryAsync(entry => entry.Id, entry => entry.Status));
        Assert.Equal(WaitlistStatus.Closed, places[mayasPlace]);
        Assert.Equal(WaitlistStatus.Waiting, places[nextDaysPlace]);
        Assert.DoesNotContain(await BookingTestData.BookingsOfAsync(app, zone), booking => booking.Status == BookingStatus.Offered);
        var mayaId = await app.UserIdAsync(LibraryAppFactory.Student);
        var notice = Assert.Single(await app.WithDbAsync(db => db.Notifications.Where(row => row.UserId == mayaId && row.Message.StartsWith("Waitlist closure zone is closed")).Select(row => row.Message).ToListAsync()));
        Assert.Contains("Book fair setup. Your place on the waitlist for", notice, StringComparison.Ordinal);
        Assert.Equal(1, WaitlistCards(await maya.GetPageAsync("/bookings/mine")).Count(name => name == "Waitlist closure zone"));
    }

    [Fact]
    public async Task Closing_every_zone_at_once_closes_each_open_zone_and_a_booking_made_after_the_check_stops_the_confirmation()
    {
        var first = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "All-day zone one", seats: 2);
        var second = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "All-day zone two", seats: 2);
        var studio = await BookingTestData.AddResourceAsync(app, EcosystemElement.MediaLab, "All-day studio", seats: 2);
        var day = BookingTestData.SoonDay(6);
        await BookingTestData.AddBookingAsync(app, first, LibraryAppFactory.Student, day, new TimeOnly(9, 0), 60);
        var studioBooking = await BookingTestData.AddBookingAsync(app, studio, LibraryAppFactory.Student, day, new TimeOnly(11, 0), 60);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var (_, confirm) = await PreviewClosureAsync(librarian, first, day, "Snow day", everywhere: true);
        var late = await BookingTestData.AddBookingAsync(app, second, LibraryAppFactory.OtherStudent, day, new TimeOnly(14, 0), 30);

        var stale = await confirm.SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed since you checked", await JourneySteps.BodyAsync(stale), StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.ClosedDates.Where(closed => closed.Date == day).ToListAsync()));

        var closed = await WebForm.Find(await stale.Content.ReadAsStringAsync(), $"/resources/{first}/closures", "Confirm closure", browser: librarian).SubmitAsync();

        Assert.Equal($"/resources/{first}/closures", JourneySteps.RedirectTarget(closed));
        var closedZones = await app.WithDbAsync(db => db.ClosedDates.Where(closed => closed.Date == day).Select(closed => closed.ResourceId).ToListAsync());
        Assert.Contains(first, closedZones);
        Assert.Contains(second, closedZones);
        Assert.DoesNotContain(studio, closedZones);
        Assert.Equal(BookingStatus.Cancelled, (await BookingTestData.BookingsOfAsync(app, second)).Single(booking => booking.Id == late).Status);
        Assert.Equal(BookingStatus.Confirmed, (await BookingTestData.BookingsOfAsync(app, studio)).Single(booking => booking.Id == studioBooking).Status);

        var reopened = await librarian.SubmitAsync($"/resources/{first}/closures", $"Open again on {day.ToString("dddd, MMMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"))}");
        Assert.Contains("Open again on", await librarian.FollowAsync(reopened), StringComparison.Ordinal);
        Assert.DoesNotContain(first, await app.WithDbAsync(db => db.ClosedDates.Where(closed => closed.Date == day).Select(closed => closed.ResourceId).ToListAsync()));
    }

    public static TheoryData<string, string, string, string> InvalidResourceInput => new()
    {
        { "Closes on Monday", "07:00", "Days[0].Closes", "On Mondays it must close after it opens." },
        { "Seats", "0", "Seats", "Seats must be between 1 and 500." },
        { "Lead time (minutes before the start)", "-5", "LeadTimeMinutes", "The lead time must be between 0 and 20,160 minutes (two weeks)." },
        { "What it is for", new string('p', 5000), "Purpose", "Keep the purpose to 1,000 characters." },
        { "Longest booking (minutes)", "45", "LongestBookingMinutes", "The longest booking must be a whole number of 30-minute slots, at most 720 minutes." },
        { "Seats", "many", "Seats", "The value 'many' is not valid for Seats." },
    };

    [Theory]
    [MemberData(nameof(InvalidResourceInput))]
    public async Task Invalid_resource_input_is_a_message_by_the_field_and_nothing_is_saved(string field, string value, string key, string message)
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var countBefore = await app.WithDbAsync(db => db.BookableResources.CountAsync());

        var response = await librarian.SubmitAsync("/resources/new?element=MediaLab", "Create media-lab studio or station", new()
        {
            ["Name"] = "Half-made studio",
            ["What it is for"] = "Recording.",
            ["Opens on Monday"] = "08:00",
            [field] = value,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, FieldMessage(await response.Content.ReadAsStringAsync(), key));
        Assert.Equal(countBefore, await app.WithDbAsync(db => db.BookableResources.CountAsync()));
    }

    [Fact]
    public async Task A_closure_without_a_reason_or_in_the_past_is_a_message_by_the_field()
    {
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Reasonless zone", seats: 2);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var noReason = await (await librarian.OpenFormAsync($"/resources/{zone}/closures", "Check bookings on that date"))
            .Fill(new Dictionary<string, string> { ["Date"] = BookingTestData.Iso(BookingTestData.SoonDay(2)), ["Reason (people are told)"] = " " }).SubmitAsync();
        var past = await (await librarian.OpenFormAsync($"/resources/{zone}/closures", "Check bookings on that date"))
            .Fill(new Dictionary<string, string> { ["Date"] = BookingTestData.Iso(BookingTestData.SoonDay(-2)), ["Reason (people are told)"] = "Flood" }).SubmitAsync();

        Assert.Equal("Say why it is closed: everyone whose booking is cancelled is told.", FieldMessage(await noReason.Content.ReadAsStringAsync(), "Reason"));
        Assert.Equal("Choose today or a later date: a day that has passed cannot be closed.", FieldMessage(await past.Content.ReadAsStringAsync(), "Date"));
        Assert.DoesNotContain("Confirm closure", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_librarian_sets_the_media_lab_limits_and_a_week_shorter_than_a_day_is_refused()
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var saved = await librarian.SubmitAsync("/booking-limits", "Save media lab limits", new()
        {
            ["Hours per day"] = "3",
            ["Hours per week"] = "8",
            ["Upcoming bookings at once"] = "4",
            ["Check-in window (minutes after the start)"] = "20",
            ["Minutes to claim a waitlist offer"] = "45",
        });

        Assert.Contains("Media lab limits saved.", await librarian.FollowAsync(saved), StringComparison.Ordinal);
        var limits = await app.WithDbAsync(db => db.BookingLimits.SingleAsync(row => row.Element == EcosystemElement.MediaLab));
        Assert.Equal((3, 8, 4, 20, 45), (limits.MaxHoursPerDay, limits.MaxHoursPerWeek, limits.MaxOpenBookings, limits.CheckInWindowMinutes, limits.ClaimMinutes));

        var refused = await librarian.SubmitAsync("/booking-limits", "Save learning zones limits", new() { ["Hours per day"] = "5", ["Hours per week"] = "4" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Hours per week cannot be fewer than hours per day.", await JourneySteps.BodyAsync(refused), StringComparison.Ordinal);
        Assert.NotEqual(5, (await app.WithDbAsync(db => db.BookingLimits.SingleAsync(row => row.Element == EcosystemElement.PhysicalSpace))).MaxHoursPerDay);
    }

    [Fact]
    public async Task The_demo_school_has_zones_and_studios_with_school_hours_a_closure_and_a_week_of_bookings_within_the_rules()
    {
        var resources = await app.WithDbAsync(db => db.BookableResources.AsNoTracking().Include(row => row.Hours).Include(row => row.ClosedDates)
            .Where(row => new[] { "Quiet study", "Collaboration tables", "Presentation practice room", "Reading nook", "Podcast booth", "Green-screen studio", "Editing stations" }.Contains(row.Name))
            .ToListAsync());
        var bookings = await app.WithDbAsync(db => db.Bookings.AsNoTracking().Where(booking => resources.Select(row => row.Id).Contains(booking.ResourceId)).ToListAsync());

        Assert.Equal(7, resources.Count);
        var today = BookingTestData.SoonDay(0);
        Assert.All(resources, resource =>
        {
            Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], resource.Hours.Select(hours => hours.Day).Order());
            var seeded = resource.Element == EcosystemElement.MediaLab ? "Staff training on the new cameras" : "Exam day: the library hosts the grade 12 exams";
            Assert.True(Assert.Single(resource.ClosedDates, closed => closed.Reason == seeded).Date > today);
        });
        Assert.Contains(bookings, booking => booking.Status == BookingStatus.Requested);
        Assert.Contains(bookings, booking => booking.ClassName is not null && booking.HeadCount > 0);
        Assert.True(bookings.Count(booking => booking.Status == BookingStatus.Confirmed) >= 10, $"Only {bookings.Count} demo bookings");
        foreach (var booking in bookings.Where(booking => Booking.Upcoming.Contains(booking.Status)))
        {
            var resource = resources.Single(row => row.Id == booking.ResourceId);
            var attempt = new BookingAttempt(booking.Start, booking.End, booking.Seats, ByStaff: true);
            Assert.Null(BookingRules.TimeRefusal(resource, attempt, booking.Start.AddMinutes(-1), BookingTestData.Calendar));
            var others = bookings.Where(other => other.ResourceId == resource.Id && other.Id != booking.Id && other.HoldsSeats).Select(other => new HeldTime(other.Start, other.End, other.Seats));
            Assert.Null(BookingRules.SeatRefusal(resource, others, attempt));
        }
    }

    private static async Task<(string Page, WebForm Confirm)> PreviewClosureAsync(TestBrowser librarian, int resourceId, DateOnly day, string reason, bool everywhere = false)
    {
        var url = $"/resources/{resourceId}/closures";
        var form = (await librarian.OpenFormAsync(url, "Check bookings on that date"))
            .Fill(new Dictionary<string, string> { ["Date"] = BookingTestData.Iso(day), ["Reason (people are told)"] = reason });
        if (everywhere)
        {
            form.Check("Close all learning zones that day");
        }

        var response = await form.SubmitAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return (JourneySteps.Read(html), WebForm.Find(html, url, "Confirm closure", browser: librarian));
    }

    private static async Task AssertForbiddenAsync(TestBrowser person, HttpResponseMessage response, string what)
    {
        CollectionArrange.AssertNoServerError(response, what);
        var final = await CollectionArrange.FollowAccessDeniedAsync(person, response);
        Assert.True(final.StatusCode == HttpStatusCode.Forbidden, $"{what} answered {(int)final.StatusCode}");
    }

    private static IEnumerable<string> WaitlistCards(string myBookings) =>
        new HtmlParser().ParseDocument(myBookings).QuerySelectorAll("[aria-label='Waitlists you are on'] h3").Select(heading => heading.TextContent.Trim());

    private static string? FieldMessage(string html, string key) =>
        new HtmlParser().ParseDocument(html).QuerySelector($"[data-valmsg-for='{key}']")?.TextContent;

    private Task<BookableResource> ResourceAsync(string name) =>
        app.WithDbAsync(db => db.BookableResources.AsNoTracking().Include(row => row.Hours).SingleAsync(row => row.Name == name));

    private Task<List<string>> AuditActionsAsync() => app.WithDbAsync(db => db.AuditEntries.Select(entry => entry.Action).ToListAsync());

    private Task<string> SnapshotAsync(int resourceId) =>
        app.WithDbAsync(async db =>
        {
            var resource = await db.BookableResources.AsNoTracking().Include(row => row.Hours).SingleAsync(row => row.Id == resourceId);
            var closures = await db.ClosedDates.CountAsync();
            var limits = await db.BookingLimits.AsNoTracking().OrderBy(row => row.Element).Select(row => $"{row.MaxHoursPerDay}/{row.MaxHoursPerWeek}/{row.MaxOpenBookings}/{row.CheckInWindowMinutes}/{row.ClaimMinutes}").ToListAsync();
            return $"{await db.BookableResources.CountAsync()} resources; {resource.Name}, {resource.Seats} seats, retired {resource.Retired}, {resource.Hours.Count} days; "
                + $"{closures} closures; limits {string.Join(" ", limits)}; {await db.AuditEntries.CountAsync()} audit entries";
        });
}

using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Journeys;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>Staff assign students to zones, answer zone proposals, and see who is in each zone today.</summary>
[Collection(JourneySteps.Collection)]
public sealed class ZoneStaffJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_teacher_assigns_a_student_to_a_zone_who_holds_the_booking_and_is_told()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.LibrarianGenerated);
        await BookingArrange.RoomyLimitsAsync(app);
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Assigned study zone", seats: 6);
        var day = BookingTestData.SoonDay(2);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        var found = await (await teacher.OpenFormAsync($"/zones/{zone}/assign", "Find")).Fill("Find a student by name", "goldberg").SubmitAsync();
        var page = JourneySteps.Read(await found.Content.ReadAsStringAsync());
        Assert.Contains("Eli Goldberg (grade 10)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Maya Chen", page, StringComparison.Ordinal);

        var assigned = await WebForm.Find(page, $"/zones/{zone}/assign?q=goldberg", "Assign", browser: teacher)
            .Fill(Slot("Eli Goldberg (grade 10)", day, new TimeOnly(18, 0))).SubmitAsync();

        Assert.Equal("/zones/today", JourneySteps.RedirectTarget(assigned));
        var booking = Assert.Single(await BookingTestData.BookingsOfAsync(app, zone));
        Assert.Equal(await app.UserIdAsync("eli@school.test"), booking.HolderId);
        Assert.Equal(await app.UserIdAsync(LibraryAppFactory.Teacher), booking.BookedById);
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        using var eli = await TestBrowser.SignedInAsync(app, "eli@school.test");
        Assert.Contains("Mr. Okafor booked Assigned study zone for you", await eli.ReadPageAsync("/"), StringComparison.Ordinal);
        Assert.Contains("Assigned study zone", JourneySteps.Slice(await eli.ReadPageAsync("/bookings/mine"), "Upcoming", "Past and cancelled"), StringComparison.Ordinal);

        var overlapping = await (await teacher.OpenFormAsync($"/zones/{zone}/assign?q=goldberg", "Assign"))
            .Fill(Slot("Eli Goldberg (grade 10)", day, new TimeOnly(18, 30))).SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, overlapping.StatusCode);
        Assert.Contains("Eli Goldberg already has a booking then: Assigned study zone", await JourneySteps.BodyAsync(overlapping), StringComparison.Ordinal);
        Assert.Single(await BookingTestData.BookingsOfAsync(app, zone));
    }

    [Fact]
    public async Task A_students_zone_proposal_gets_a_librarians_reply_they_are_told_about()
    {
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Proposal maker corner", seats: 8);
        using var noor = await TestBrowser.SignedInAsync(app, "noor@school.test");
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.LibrarianGenerated);
        Assert.Equal(HttpStatusCode.Forbidden, (await noor.GetAsync("/zones/proposals")).StatusCode);

        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        var proposed = await noor.SubmitAsync("/zones/proposals", "Send proposal", new() { ["Zone (optional)"] = "Proposal maker corner", ["Your proposal"] = "Add two standing desks by the window." });
        var mine = JourneySteps.Slice(await noor.FollowAsync(proposed), "My proposals", "Other proposals");
        Assert.Contains("Add two standing desks by the window.", mine, StringComparison.Ordinal);
        Assert.Contains("Open", mine, StringComparison.Ordinal);

        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        var proposalId = await app.WithDbAsync(db => db.ZoneProposals.Where(proposal => proposal.ResourceId == zone).Select(proposal => proposal.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.ForgePostAsync("/", $"/zones/proposals/{proposalId}/reply", new() { ["Decision"] = "Accepted", ["Reply"] = "Yes" })).StatusCode);

        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        Assert.True(JourneySteps.AttentionCount(await librarian.ReadPageAsync("/"), "/zones/proposals") >= 1);
        var replied = await (await librarian.OpenFormAsync("/zones/proposals", "Send reply", near: "Add two standing desks"))
            .Fill(new Dictionary<string, string> { ["Decision"] = "Accept", ["Reply"] = "Good idea: they arrive after the break." }).SubmitAsync();

        Assert.Contains("Replied: the proposal is accepted.", await librarian.FollowAsync(replied), StringComparison.Ordinal);
        var answered = JourneySteps.Slice(await noor.ReadPageAsync("/zones/proposals"), "My proposals", "Other proposals");
        Assert.Contains("Accepted", answered, StringComparison.Ordinal);
        Assert.Contains("Reply from Ms. Alvarez:</strong> Good idea: they arrive after the break.", answered, StringComparison.Ordinal);
        Assert.Contains("Ms. Alvarez accepted your zone proposal: Good idea", await noor.ReadPageAsync("/"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(entry => entry.Action == "Bookings.ReplyToProposal")));
    }

    [Fact]
    public async Task Todays_occupancy_shows_who_is_in_flags_repeated_no_shows_and_staff_check_people_in()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Occupancy study hall", seats: 5);
        var (today, startedTenMinutesAgo) = SchoolClock(DateTimeOffset.UtcNow.AddMinutes(-10));
        var tyler = await BookingTestData.AddBookingAsync(app, zone, "tyler@school.test", today, startedTenMinutesAgo, 60);
        await BookingTestData.AddBookingAsync(app, zone, "ana@school.test", today, startedTenMinutesAgo, 60);
        foreach (var daysAgo in new[] { 3, 10 })
        {
            await BookingTestData.AddBookingAsync(app, zone, "ana@school.test", today.AddDays(-daysAgo), new TimeOnly(9, 0), 60, status: BookingStatus.NoShow);
        }

        var tomorrow = await BookingTestData.AddBookingAsync(app, zone, "sam@school.test", today.AddDays(1), new TimeOnly(9, 0), 60);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync("/zones/today")).StatusCode);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        var section = JourneySteps.Slice(await teacher.ReadPageAsync("/zones/today"), "Occupancy study hall", "</section>");

        Assert.Contains("2 of 5 seats taken now.", section, StringComparison.Ordinal);
        Assert.Contains("2 no-shows in 30 days", JourneySteps.Slice(section, "Ana Souza", "</tr>"), StringComparison.Ordinal);
        Assert.DoesNotContain("no-shows", JourneySteps.Slice(section, "Tyler Johnson", "</tr>"), StringComparison.Ordinal);

        var checkedIn = await teacher.SubmitAsync("/zones/today", "Check in", near: "Tyler Johnson");

        Assert.Contains("Tyler Johnson is checked in to Occupancy study hall.", await teacher.FollowAsync(checkedIn), StringComparison.Ordinal);
        Assert.Contains("In since", JourneySteps.Slice(await teacher.ReadPageAsync("/zones/today"), "Tyler Johnson", "</tr>"), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.CheckedIn, (await app.WithDbAsync(db => db.Bookings.SingleAsync(booking => booking.Id == tyler))).Status);

        var early = await teacher.ForgePostAsync("/zones/today", $"/zones/bookings/{tomorrow}/check-in", []);

        Assert.Contains("Check-in opens 10 minutes before the start", await teacher.FollowAsync(early), StringComparison.Ordinal);
        Assert.Null((await app.WithDbAsync(db => db.Bookings.SingleAsync(booking => booking.Id == tomorrow))).CheckedInAt);
    }

    [Fact]
    public async Task The_media_lab_has_the_same_today_page_for_librarians()
    {
        var studio = await BookingTestData.AddResourceAsync(app, EcosystemElement.MediaLab, "Today podcast booth", seats: 1);
        var (today, now) = SchoolClock(DateTimeOffset.UtcNow);
        await BookingTestData.AddBookingAsync(app, studio, LibraryAppFactory.Teacher, today, now, 30);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var section = JourneySteps.Slice(await librarian.ReadPageAsync("/media-lab/today"), "Today podcast booth", "</section>");

        Assert.Contains("1 of 1 seat taken now.", section, StringComparison.Ordinal);
        Assert.Contains("Mr. Okafor", section, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Slot(string student, DateOnly day, TimeOnly start) =>
        new(BookingArrange.Slot(day, start, 60)) { ["Student"] = student };

    /// <summary>The school-time date and clock time of an instant, as the booking helpers take them.</summary>
    private static (DateOnly Day, TimeOnly Time) SchoolClock(DateTimeOffset instant)
    {
        var local = BookingTestData.Calendar.ToLocal(instant);
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }
}

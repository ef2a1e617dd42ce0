using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Journeys;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>Requests reach the approvals queue, staff (or media-lab experts) decide them there, and the requester is told.</summary>
[Collection(JourneySteps.Collection)]
public sealed class ApprovalJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private static readonly TimeOnly Ten = new(10, 0);

    [Fact]
    public async Task A_student_at_cocreated_requests_a_zone_the_librarian_approves_it_and_the_student_sees_it_booked()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Approval collab zone", seats: 4);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var asked = await maya.SubmitAsync($"/zones/{zone}/book", "Send request", new Dictionary<string, string>(BookingArrange.Slot(BookingTestData.SoonDay(), Ten, 60)) { ["Note for staff (optional)"] = "Group project on river ecology" });
        Assert.Contains("It is not booked until staff approve it", await maya.FollowAsync(asked), StringComparison.Ordinal);

        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        Assert.True(JourneySteps.AttentionCount(await librarian.ReadPageAsync("/"), "/bookings/approvals?area=zones") >= 1);
        var queue = await librarian.ReadPageAsync("/bookings/approvals");
        var card = JourneySteps.Slice(queue, "Maya Chen", "</li>");
        Assert.Contains("Approval collab zone", card, StringComparison.Ordinal);
        Assert.Contains("Group project on river ecology", card, StringComparison.Ordinal);
        Assert.Contains("0 no-shows in the last 30 days", card, StringComparison.Ordinal);

        var approved = await librarian.SubmitAsync("/bookings/approvals", "Approve", near: "Approval collab zone");

        Assert.Equal("/bookings/approvals?area=zones", JourneySteps.RedirectTarget(approved));
        Assert.Contains("Approved: Approval collab zone", await librarian.FollowAsync(approved), StringComparison.Ordinal);
        var mine = JourneySteps.Slice(await maya.ReadPageAsync("/bookings/mine"), "Approval collab zone", "</li>");
        Assert.Contains("Booked", mine, StringComparison.Ordinal);
        Assert.Contains("Ms. Alvarez approved your request: Approval collab zone", await maya.ReadPageAsync("/"), StringComparison.Ordinal);
        var booking = Assert.Single(await BookingTestData.BookingsOfAsync(app, zone));
        Assert.Equal(await app.UserIdAsync(LibraryAppFactory.Librarian), booking.DecidedById);
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_the_student_reads_it()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Decline quiet zone", seats: 4);
        using var priya = await TestBrowser.SignedInAsync(app, "priya@school.test");
        await priya.SubmitAsync($"/zones/{zone}/book", "Send request", BookingArrange.Slot(BookingTestData.SoonDay(), new TimeOnly(11, 0), 60));
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var unexplained = await librarian.SubmitAsync("/bookings/approvals", "Decline this request", new() { ["Why are you declining?"] = " " }, near: "Decline quiet zone");

        Assert.Contains("Say why you are declining", await librarian.FollowAsync(unexplained), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Requested, Assert.Single(await BookingTestData.BookingsOfAsync(app, zone)).Status);

        var declined = await librarian.SubmitAsync("/bookings/approvals", "Decline this request", new() { ["Why are you declining?"] = "A class has the zone for exams that day." }, near: "Decline quiet zone");

        Assert.Contains("Declined the request of Priya Natarajan", await librarian.FollowAsync(declined), StringComparison.Ordinal);
        Assert.Contains("Declined: A class has the zone for exams that day.", await priya.ReadPageAsync("/bookings/mine"), StringComparison.Ordinal);
        Assert.Contains("declined your request for Decline quiet zone", await priya.ReadPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_media_lab_expert_approves_a_peers_request_at_student_generated_only_and_never_their_own()
    {
        var studio = await BookingTestData.AddResourceAsync(app, EcosystemElement.MediaLab, "Expert podcast booth", seats: 1);
        var peer = await BookingTestData.AddBookingAsync(app, studio, "diego@school.test", BookingTestData.SoonDay(), Ten, 60, status: BookingStatus.Requested);
        var own = await BookingTestData.AddBookingAsync(app, studio, LibraryAppFactory.OtherStudent, BookingTestData.SoonDay(), new TimeOnly(14, 0), 60, status: BookingStatus.Requested);
        await MakeMediaLabExpertAsync(LibraryAppFactory.OtherStudent);
        using var expert = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);

        await app.SetVolumeAsync(EcosystemElement.MediaLab, Volume.Cocreated);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync("/bookings/approvals")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.ForgePostAsync("/", $"/media-lab/requests/{peer}/approve", [])).StatusCode);
        Assert.Null((await BookingAsync(peer)).DecidedAt);

        await app.SetVolumeAsync(EcosystemElement.MediaLab, Volume.StudentGenerated);
        var page = await expert.ReadPageAsync("/bookings/approvals");
        var queue = JourneySteps.Slice(page, "Requests waiting", "</ul>");
        Assert.Contains("Diego Ramos", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("Jonah Brooks", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("Learning zones (", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync("/bookings/approvals?area=zones")).StatusCode);

        var approved = await expert.SubmitAsync("/bookings/approvals", "Approve", near: "Expert podcast booth");

        Assert.Equal("/bookings/approvals?area=media-lab", JourneySteps.RedirectTarget(approved));
        var decided = await BookingAsync(peer);
        Assert.Equal(BookingStatus.Confirmed, decided.Status);
        Assert.Equal(await app.UserIdAsync(LibraryAppFactory.OtherStudent), decided.DecidedById);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.ForgePostAsync("/", $"/media-lab/requests/{own}/approve", [])).StatusCode);
        Assert.Equal(BookingStatus.Requested, (await BookingAsync(own)).Status);
    }

    [Fact]
    public async Task A_teacher_approves_zone_requests_but_not_media_lab_ones()
    {
        await app.SetVolumeAsync(EcosystemElement.MediaLab, Volume.StudentGenerated);
        var studio = await BookingTestData.AddResourceAsync(app, EcosystemElement.MediaLab, "Teacher green screen", seats: 1);
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Teacher presentation zone", seats: 2);
        var studioRequest = await BookingTestData.AddBookingAsync(app, studio, "amara@school.test", BookingTestData.SoonDay(5), Ten, 60, status: BookingStatus.Requested);
        var zoneRequest = await BookingTestData.AddBookingAsync(app, zone, "liam@school.test", BookingTestData.SoonDay(5), Ten, 60, status: BookingStatus.Requested);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/bookings/approvals?area=media-lab")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.ForgePostAsync("/", $"/media-lab/requests/{studioRequest}/approve", [])).StatusCode);
        Assert.Equal(BookingStatus.Requested, (await BookingAsync(studioRequest)).Status);

        var approved = await teacher.SubmitAsync("/bookings/approvals", "Approve", near: "Teacher presentation zone");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(BookingStatus.Confirmed, (await BookingAsync(zoneRequest)).Status);
    }

    [Fact]
    public async Task A_student_cannot_open_the_approvals_queue()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var response = await student.GetAsync("/bookings/approvals");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("is not open to students at any volume", await JourneySteps.BodyAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_approvers_approving_two_requests_for_the_last_seat_book_one_and_tell_the_other_it_no_longer_fits()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Last seat zone", seats: 1);
        var day = BookingTestData.SoonDay(6);
        var jonah = await BookingTestData.AddBookingAsync(app, zone, LibraryAppFactory.OtherStudent, day, Ten, 60, status: BookingStatus.Requested);
        var priya = await BookingTestData.AddBookingAsync(app, zone, "priya@school.test", day, new TimeOnly(10, 30), 60, status: BookingStatus.Requested);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        var forms = new[]
        {
            await librarian.OpenFormAsync("/bookings/approvals", "Approve", near: "Jonah Brooks"),
            await teacher.OpenFormAsync("/bookings/approvals", "Approve", near: "Priya Natarajan"),
        };

        var answers = await Task.WhenAll(forms.Select(form => Task.Run(form.SubmitAsync)));

        var pages = new[] { await librarian.FollowAsync(answers[0]), await teacher.FollowAsync(answers[1]) };
        Assert.Single(pages, page => page.Contains("Approved: Last seat zone", StringComparison.Ordinal));
        Assert.Single(pages, page => page.Contains("This request no longer fits: every seat of Last seat zone is taken", StringComparison.Ordinal));
        var statuses = new[] { (await BookingAsync(jonah)).Status, (await BookingAsync(priya)).Status };
        Assert.Equal(new[] { BookingStatus.Requested, BookingStatus.Confirmed }, statuses.Order());
    }

    [Fact]
    public async Task Approving_a_media_lab_request_through_the_zones_address_finds_nothing()
    {
        var studio = await BookingTestData.AddResourceAsync(app, EcosystemElement.MediaLab, "Forged editing station", seats: 1);
        var request = await BookingTestData.AddBookingAsync(app, studio, "zara@school.test", BookingTestData.SoonDay(7), Ten, 60, status: BookingStatus.Requested);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        var forged = await teacher.ForgePostAsync("/", $"/zones/requests/{request}/approve", []);

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(BookingStatus.Requested, (await BookingAsync(request)).Status);
    }

    private Task<Booking> BookingAsync(int id) =>
        app.WithDbAsync(db => db.Bookings.AsNoTracking().SingleAsync(booking => booking.Id == id));

    private async Task MakeMediaLabExpertAsync(string email)
    {
        var studentId = await app.UserIdAsync(email);
        var librarianId = await app.UserIdAsync(LibraryAppFactory.Librarian);
        await app.WithDbAsync(async db =>
        {
            db.StudentDesignations.Add(new StudentDesignation { StudentId = studentId, Element = EcosystemElement.MediaLab, Designation = Designation.Expert, GrantedById = librarianId, GrantedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });
    }
}

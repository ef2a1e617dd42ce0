using System.Globalization;
using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Authorization;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Domain.Ecosystem.Volume;
using static LibraryPersonalization.Web.Tests.Bookings.BookingTestData;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>Every booking action besides taking and deciding a time (those have their own matrices).</summary>
public enum BookingStep
{
    AssignToZone,
    ProposeZoneChange,
    ReplyToProposal,
    CheckInToZone,
    CheckInToStudio,
    MoveBetweenZones,
    JoinZoneWaitlist,
    JoinStudioWaitlist,
    BookZoneWeekly,
    BookStudioWeekly,
    StaffCheckInAtZone,
    StaffCheckInAtStudio,
}

/// <summary>Who takes the step: a media-lab expert is a student the librarian designated.</summary>
public enum Stepper
{
    Librarian,
    Teacher,
    Student,
    MediaLabExpert,
}

/// <summary>
/// Every other booking action × volume × role and designation over HTTP. Allowed: the person submits the form the page
/// shows them and the change is written. Denied: the post is forged, answered 403 (naming the volume when turning it up
/// would allow it), and nothing is written. The clock stands at noon, so check-in windows are exact.
/// </summary>
public class BookingActionMatrixTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    private static int caseNumber;

    /// <summary>The product's table, transcribed by hand from the issue: the lowest volume for students, teachers and media-lab
    /// experts; null = never; librarians always.</summary>
    private static readonly Dictionary<BookingStep, (Volume? Students, Volume? Teachers, Volume? Experts)> Expected = new()
    {
        [BookingStep.AssignToZone] = (null, LibrarianGenerated, null),
        [BookingStep.ProposeZoneChange] = (Cocreated, LibrarianGenerated, Cocreated),
        [BookingStep.ReplyToProposal] = (null, null, null),
        [BookingStep.CheckInToZone] = (StudentGenerated, LibrarianGenerated, StudentGenerated),
        [BookingStep.CheckInToStudio] = (LibrarianGenerated, LibrarianGenerated, LibrarianGenerated),
        [BookingStep.MoveBetweenZones] = (StudentGenerated, LibrarianGenerated, StudentGenerated),
        [BookingStep.JoinZoneWaitlist] = (StudentGenerated, LibrarianGenerated, StudentGenerated),
        [BookingStep.JoinStudioWaitlist] = (Cocreated, LibrarianGenerated, Cocreated),
        [BookingStep.BookZoneWeekly] = (null, LibrarianGenerated, null),
        [BookingStep.BookStudioWeekly] = (null, LibrarianGenerated, null),
        [BookingStep.StaffCheckInAtZone] = (null, LibrarianGenerated, null),
        [BookingStep.StaffCheckInAtStudio] = (null, null, StudentGenerated),
    };


    public static TheoryData<BookingStep, Volume, Stepper> Cases()
    {
        var cases = new TheoryData<BookingStep, Volume, Stepper>();
        foreach (var step in Enum.GetValues<BookingStep>())
        {
            foreach (var volume in Enum.GetValues<Volume>())
            {
                foreach (var stepper in Enum.GetValues<Stepper>())
                {
                    cases.Add(step, volume, stepper);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_booking_action_is_allowed_or_refused_exactly_as_the_policy_table_says(BookingStep step, Volume volume, Stepper stepper)
    {
        var n = Interlocked.Increment(ref caseNumber);
        var what = $"{step} by {stepper} at {volume}";
        var zones = step is not (BookingStep.CheckInToStudio or BookingStep.JoinStudioWaitlist or BookingStep.BookStudioWeekly or BookingStep.StaffCheckInAtStudio);
        var (element, area) = zones ? (EcosystemElement.PhysicalSpace, "/zones") : (EcosystemElement.MediaLab, "/media-lab");
        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(12, 0));
        await BookingArrange.RoomyLimitsAsync(app);
        await app.SetVolumeAsync(element, volume);
        var email = await StepperEmailAsync(stepper, n);
        using var browser = await TestBrowser.SignedInAsync(app, email);
        var resource = await AddResourceAsync(app, element, $"Step {n} {step}", seats: 1);
        var (day, start) = (SoonDay(2 + (n % 20)), new TimeOnly(7 + (n % 12), 0));
        var allowed = IsAllowed(step, volume, stepper);

        var (response, written) = step switch
        {
            BookingStep.AssignToZone => await AssignAsync(browser, allowed, resource, n, day, start),
            BookingStep.ProposeZoneChange => await ProposeAsync(browser, allowed, resource, n),
            BookingStep.ReplyToProposal => await ReplyAsync(browser, allowed, resource, n),
            BookingStep.CheckInToZone or BookingStep.CheckInToStudio => await CheckInAsync(browser, allowed, area, resource, email),
            BookingStep.MoveBetweenZones => await MoveAsync(browser, allowed, resource, n, email),
            BookingStep.JoinZoneWaitlist or BookingStep.JoinStudioWaitlist => await JoinWaitlistAsync(browser, allowed, area, resource, day, start),
            BookingStep.BookZoneWeekly or BookingStep.BookStudioWeekly => await BookWeeklyAsync(browser, allowed, area, resource, day, start),
            _ => await StaffCheckInAsync(browser, allowed, area, resource, n),
        };

        CollectionArrange.AssertNoServerError(response, what);
        var body = await JourneySteps.BodyAsync(response);
        if (allowed)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what} should succeed but answered {(int)response.StatusCode}: {MatrixPages.Excerpt(body)}");
            Assert.True(await written(), $"{what} answered {JourneySteps.RedirectTarget(response)} but wrote nothing");
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what} should be refused with 403 but answered {(int)response.StatusCode}: {MatrixPages.Excerpt(body)}");
            Assert.False(await written(), $"{what} was refused but wrote a change");
            if (LowestFor(step, stepper) is { } opensAt && volume < opensAt)
            {
                Assert.Contains($"turned up to {MatrixPages.VolumeName(opensAt)}", body, StringComparison.Ordinal);
            }
        }
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> AssignAsync(TestBrowser browser, bool allowed, int zone, int n, DateOnly day, TimeOnly start)
    {
        var student = (await AddStudentsAsync(app, $"assignee{n}x", 1))[0];
        var studentId = await app.UserIdAsync(student);
        var response = allowed
            ? await (await browser.OpenFormAsync($"/zones/{zone}/assign?q=assignee{n}x", "Assign"))
                .Fill(new Dictionary<string, string>(BookingArrange.Slot(day, start, 60)) { ["Student"] = $"assignee{n}x student 1" }).SubmitAsync()
            : await browser.ForgePostAsync("/zones", $"/zones/{zone}/assign", new(BookingArrange.ForgedSlot(day, start, 60)) { ["StudentId"] = studentId });
        return (response, () => app.WithDbAsync(db => db.Bookings.AnyAsync(booking => booking.ResourceId == zone && booking.HolderId == studentId)));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> ProposeAsync(TestBrowser browser, bool allowed, int zone, int n)
    {
        var text = $"Proposal {n}: more plants by the windows.";
        var response = allowed
            ? await browser.SubmitAsync("/zones/proposals", "Send proposal", new() { ["Zone (optional)"] = $"Step {n} {BookingStep.ProposeZoneChange}", ["Your proposal"] = text })
            : await browser.ForgePostAsync("/zones", "/zones/proposals", new() { ["ZoneId"] = zone.ToString(CultureInfo.InvariantCulture), ["Proposal"] = text });
        return (response, () => app.WithDbAsync(db => db.ZoneProposals.AnyAsync(proposal => proposal.Proposal == text)));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> ReplyAsync(TestBrowser browser, bool allowed, int zone, int n)
    {
        var proposer = (await AddStudentsAsync(app, $"proposer{n}x", 1))[0];
        var text = $"Proposal {n} waiting for a reply.";
        var proposalId = await app.WithDbAsync(async db =>
        {
            var student = await db.Users.SingleAsync(user => user.Email == proposer);
            var proposal = new ZoneProposal { ResourceId = zone, ProposerId = student.Id, ProposerName = student.DisplayName, Proposal = text, Status = ProposalStatus.Open, CreatedAt = app.Clock.Now };
            db.ZoneProposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
        var response = allowed
            ? await (await browser.OpenFormAsync("/zones/proposals", "Send reply", near: text))
                .Fill(new Dictionary<string, string> { ["Decision"] = "Accept", ["Reply"] = "Yes, from next week." }).SubmitAsync()
            : await browser.ForgePostAsync("/zones", $"/zones/proposals/{proposalId}/reply", new() { ["Decision"] = nameof(ProposalStatus.Accepted), ["Reply"] = "Yes, from next week." });
        return (response, () => app.WithDbAsync(db => db.ZoneProposals.AnyAsync(proposal => proposal.Id == proposalId && proposal.Status != ProposalStatus.Open)));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> CheckInAsync(TestBrowser browser, bool allowed, string area, int resource, string email)
    {
        var booking = await AddBookingAsync(app, resource, email, ClockedAppFactory.Day, new TimeOnly(12, 0), 60);
        var response = allowed
            ? await browser.SubmitAsync($"{area}/{resource}/check-in", "Check in")
            : await browser.ForgePostAsync(area, $"{area}/{resource}/check-in", new() { ["BookingId"] = booking.ToString(CultureInfo.InvariantCulture) });
        return (response, async () => (await BookingAsync(app, booking)).Status == BookingStatus.CheckedIn);
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> MoveAsync(TestBrowser browser, bool allowed, int from, int n, string email)
    {
        var to = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, $"Step {n} move target", seats: 1);
        await AddBookingAsync(app, from, email, ClockedAppFactory.Day, new TimeOnly(12, 0), 60, status: BookingStatus.CheckedIn);
        var response = allowed
            ? await browser.SubmitAsync($"/zones/{from}/check-in", "Move", new() { ["Zone with a free seat"] = $"Step {n} move target (until 1:00 PM)" })
            : await browser.ForgePostAsync("/zones", $"/zones/{from}/move", new() { ["ToZoneId"] = to.ToString(CultureInfo.InvariantCulture) });
        return (response, () => app.WithDbAsync(db => db.Bookings.AnyAsync(booking => booking.ResourceId == to)));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> JoinWaitlistAsync(TestBrowser browser, bool allowed, string area, int resource, DateOnly day, TimeOnly start)
    {
        var holder = (await AddStudentsAsync(app, $"holder{resource}x", 1))[0];
        await AddBookingAsync(app, resource, holder, day, start, 60);
        HttpResponseMessage response;
        if (allowed)
        {
            var refused = await browser.SubmitAsync($"{area}/{resource}/book", "Book it", BookingArrange.Slot(day, start, 60));
            response = await WebForm.Find(await refused.Content.ReadAsStringAsync(), $"{area}/{resource}/book", "Join the waitlist", browser: browser).SubmitAsync();
        }
        else
        {
            response = await browser.ForgePostAsync(area, $"{area}/{resource}/waitlist", BookingArrange.ForgedSlot(day, start, 60));
        }

        return (response, () => app.WithDbAsync(db => db.WaitlistEntries.AnyAsync(entry => entry.ResourceId == resource)));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> BookWeeklyAsync(TestBrowser browser, bool allowed, string area, int resource, DateOnly day, TimeOnly start)
    {
        HttpResponseMessage response;
        if (allowed)
        {
            var form = (await browser.OpenFormAsync($"{area}/{resource}/book", "Book it"))
                .Fill(new Dictionary<string, string>(BookingArrange.Slot(day, start, 60)) { ["Until"] = Iso(day.AddDays(7)) })
                .Check("Repeat weekly");
            var preview = await form.SubmitAsync();
            response = await WebForm.Find(await preview.Content.ReadAsStringAsync(), $"{area}/{resource}/book", "Book the 2 free dates", browser: browser).SubmitAsync();
        }
        else
        {
            response = await browser.ForgePostAsync(area, $"{area}/{resource}/book-weekly", new(BookingArrange.ForgedSlot(day, start, 60)) { ["RepeatUntil"] = Iso(day.AddDays(7)) });
        }

        return (response, () => app.WithDbAsync(db => db.Bookings.AnyAsync(booking => booking.ResourceId == resource)));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> StaffCheckInAsync(TestBrowser browser, bool allowed, string area, int resource, int n)
    {
        var holder = (await AddStudentsAsync(app, $"visitor{n}x", 1))[0];
        var booking = await AddBookingAsync(app, resource, holder, ClockedAppFactory.Day, new TimeOnly(12, 0), 60);
        var response = allowed
            ? await browser.SubmitAsync($"{area}/today", "Check in", near: $"visitor{n}x student 1")
            : await browser.ForgePostAsync(area, $"{area}/bookings/{booking}/check-in", []);
        return (response, async () => (await BookingAsync(app, booking)).Status == BookingStatus.CheckedIn);
    }

    private static Volume? LowestFor(BookingStep step, Stepper stepper) => stepper switch
    {
        Stepper.Librarian => LibrarianGenerated,
        Stepper.Teacher => Expected[step].Teachers,
        Stepper.Student => Expected[step].Students,
        _ => Expected[step].Experts,
    };

    private static bool IsAllowed(BookingStep step, Volume volume, Stepper stepper) => LowestFor(step, stepper) is { } lowest && volume >= lowest;

    /// <summary>Students are new for each case, so one case's bookings never meet another's limits or overlaps.</summary>
    private async Task<string> StepperEmailAsync(Stepper stepper, int n)
    {
        switch (stepper)
        {
            case Stepper.Librarian:
                return LibraryAppFactory.Librarian;
            case Stepper.Teacher:
                return LibraryAppFactory.Teacher;
        }

        var student = (await AddStudentsAsync(app, $"stepper{n}x", 1))[0];
        if (stepper == Stepper.MediaLabExpert)
        {
            await app.WithDbAsync(async db =>
            {
                var librarianId = await db.Users.Where(user => user.Email == LibraryAppFactory.Librarian).Select(user => user.Id).SingleAsync();
                var studentId = await db.Users.Where(user => user.Email == student).Select(user => user.Id).SingleAsync();
                db.StudentDesignations.Add(new StudentDesignation { StudentId = studentId, Element = EcosystemElement.MediaLab, Designation = Designation.Expert, GrantedById = librarianId, GrantedAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync();
            });
        }

        return student;
    }
}

using System.Globalization;
using LibraryPersonalization.Domain.HelpDesk;
using LibraryPersonalization.Web.Tests.Authorization;
using LibraryPersonalization.Web.Tests.Bookings;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Domain.Ecosystem.Volume;

namespace LibraryPersonalization.Web.Tests.HelpDesk;

/// <summary>Every help-desk action.</summary>
public enum HelpStep
{
    Ask,
    AnswerSharedTicket,
    AnswerPrivateTicket,
    AddInternalNote,
    AcceptSomeoneElsesAnswer,
    AssignTicket,
    SuggestFaqEntry,
    OpenPeerHelp,
    OpenStaffQueue,
    HideReply,
    MergeTickets,
    PromoteToFaq,
    AddCannedReply,
    ReviewFaqSuggestions,
    SeeFigures,
}

/// <summary>
/// Every help-desk action × volume × role over HTTP. Allowed: the person uses the page's form (or opens the page) and the
/// change is written. Denied: the post is forged, refused (403, naming the volume when turning it up would allow it, or 404
/// for a private ticket that is not theirs) and nothing is written.
/// </summary>
public class HelpDeskAuthorizationMatrixTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private static int caseNumber;

    /// <summary>Transcribed by hand from the issue: the lowest volume for students and teachers; null = never; librarians always.</summary>
    private static readonly Dictionary<HelpStep, (Volume? Students, Volume? Teachers)> Expected = new()
    {
        [HelpStep.Ask] = (LibrarianGenerated, LibrarianGenerated),
        [HelpStep.AnswerSharedTicket] = (StudentGenerated, Cocreated),
        [HelpStep.AnswerPrivateTicket] = (null, Cocreated),
        [HelpStep.AddInternalNote] = (null, Cocreated),
        [HelpStep.AcceptSomeoneElsesAnswer] = (null, null),
        [HelpStep.AssignTicket] = (null, Cocreated),
        [HelpStep.SuggestFaqEntry] = (Cocreated, LibrarianGenerated),
        [HelpStep.OpenPeerHelp] = (StudentGenerated, null),
        [HelpStep.OpenStaffQueue] = (null, Cocreated),
        [HelpStep.HideReply] = (null, null),
        [HelpStep.MergeTickets] = (null, null),
        [HelpStep.PromoteToFaq] = (null, null),
        [HelpStep.AddCannedReply] = (null, null),
        [HelpStep.ReviewFaqSuggestions] = (null, null),
        [HelpStep.SeeFigures] = (null, null),
    };


    public static TheoryData<HelpStep, Volume, LibraryRole> Cases()
    {
        var cases = new TheoryData<HelpStep, Volume, LibraryRole>();
        foreach (var step in Enum.GetValues<HelpStep>())
        {
            foreach (var volume in Enum.GetValues<Volume>())
            {
                foreach (var role in Enum.GetValues<LibraryRole>())
                {
                    cases.Add(step, volume, role);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_help_desk_action_is_allowed_or_refused_exactly_as_the_policy_table_says(HelpStep step, Volume volume, LibraryRole role)
    {
        var n = Interlocked.Increment(ref caseNumber);
        var what = $"{step} by {role} at {volume}";
        await app.SetVolumeAsync(EcosystemElement.HelpCenter, volume);
        var email = role switch
        {
            LibraryRole.Librarian => LibraryAppFactory.Librarian,
            LibraryRole.Teacher => LibraryAppFactory.Teacher,
            _ => LibraryAppFactory.Student,
        };
        using var browser = await TestBrowser.SignedInAsync(app, email);
        var asker = (await BookingTestData.AddStudentsAsync(app, $"asker{n}x", 1))[0];
        var shared = await AddTicketAsync(asker, $"Shared question {n}", shareable: true);
        var allowed = LowestFor(step, role) is { } lowest && volume >= lowest;

        var (response, written) = step switch
        {
            HelpStep.Ask => await AskAsync(browser, allowed, n),
            HelpStep.AnswerSharedTicket => await AnswerAsync(browser, allowed, shared, internalNote: false),
            HelpStep.AnswerPrivateTicket => await AnswerAsync(browser, allowed, await AddTicketAsync(asker, $"Private question {n}", shareable: false), internalNote: false),
            HelpStep.AddInternalNote => await AnswerAsync(browser, allowed, role == LibraryRole.Student ? await AddTicketAsync(email, $"My own question {n}", shareable: false) : shared, internalNote: true),
            HelpStep.AcceptSomeoneElsesAnswer => await AcceptAsync(browser, allowed, shared),
            HelpStep.AssignTicket => await AssignAsync(browser, allowed, shared),
            HelpStep.SuggestFaqEntry => await SuggestAsync(browser, allowed, n),
            HelpStep.OpenPeerHelp => Opened(await browser.GetAsync("/help/peer")),
            HelpStep.OpenStaffQueue => Opened(await browser.GetAsync("/help/queue")),
            HelpStep.HideReply => await HideAsync(browser, allowed, shared),
            HelpStep.MergeTickets => await MergeAsync(browser, allowed, shared, await AddTicketAsync(asker, $"Duplicate question {n}", shareable: true)),
            HelpStep.PromoteToFaq => await PromoteAsync(browser, allowed, shared, n),
            HelpStep.AddCannedReply => await AddCannedAsync(browser, allowed, n),
            HelpStep.ReviewFaqSuggestions => Opened(await browser.GetAsync("/help/faq/review")),
            _ => Opened(await browser.GetAsync("/help/figures")),
        };

        CollectionArrange.AssertNoServerError(response, what);
        var body = await JourneySteps.BodyAsync(response);
        if (allowed)
        {
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{what} should succeed but answered {(int)response.StatusCode}: {MatrixPages.Excerpt(body)}");
            Assert.True(await written(), $"{what} answered {(int)response.StatusCode} but did nothing");
            return;
        }

        var privateToSomeoneElse = role == LibraryRole.Student && step == HelpStep.AnswerPrivateTicket;
        var refusedWith = privateToSomeoneElse ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
        Assert.True(response.StatusCode == refusedWith, $"{what} should be refused with {(int)refusedWith} but answered {(int)response.StatusCode}: {MatrixPages.Excerpt(body)}");
        Assert.False(await written(), $"{what} was refused but wrote a change");
        if (LowestFor(step, role) is { } opensAt && volume < opensAt)
        {
            Assert.Contains($"turned up to {MatrixPages.VolumeName(opensAt)}", body, StringComparison.Ordinal);
        }
    }

    private static Volume? LowestFor(HelpStep step, LibraryRole role) => role switch
    {
        LibraryRole.Librarian => LibrarianGenerated,
        LibraryRole.Teacher => Expected[step].Teachers,
        _ => Expected[step].Students,
    };

    private static (HttpResponseMessage, Func<Task<bool>>) Opened(HttpResponseMessage response) =>
        (response, () => Task.FromResult(response.StatusCode == HttpStatusCode.OK));

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> AskAsync(TestBrowser browser, bool allowed, int n)
    {
        var subject = $"Matrix question {n}";
        var response = allowed
            ? await (await browser.OpenFormAsync("/help/ask", "Send my question")).Fill(new Dictionary<string, string> { ["Subject"] = subject, ["Your question"] = "Where are the atlases?" }).SubmitAsync()
            : await browser.ForgePostAsync("/help", "/help/ask", new() { ["Subject"] = subject, ["Question"] = "Where are the atlases?" });
        return (response, () => app.WithDbAsync(db => db.Set<HelpTicket>().AnyAsync(ticket => ticket.Subject == subject)));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> AnswerAsync(TestBrowser browser, bool allowed, int ticket, bool internalNote)
    {
        var more = internalNote ? new Dictionary<string, string> { ["Internal"] = "true" } : [];
        var response = allowed
            ? await HelpDeskArrange.ReplyAsync(browser, ticket, "Try the atlas shelf by the windows.", more)
            : await browser.ForgePostAsync("/help", $"/help/tickets/{ticket}/replies", new(more) { ["Text"] = "Try the atlas shelf by the windows." });
        return (response, () => app.WithDbAsync(db => db.Set<TicketReply>().AnyAsync(reply => reply.TicketId == ticket && reply.Internal == internalNote)));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> AcceptAsync(TestBrowser browser, bool allowed, int ticket)
    {
        var reply = await AddAnswerAsync(ticket);
        var response = allowed
            ? await browser.SubmitAsync($"/help/tickets/{ticket}", "Accept this answer from Mr. Okafor")
            : await browser.ForgePostAsync("/help", $"/help/tickets/{ticket}/replies/{reply}/accept", []);
        return (response, async () => (await HelpDeskArrange.TicketAsync(app, ticket)).AcceptedReplyId == reply);
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> AssignAsync(TestBrowser browser, bool allowed, int ticket)
    {
        var teacherId = await app.UserIdAsync(LibraryAppFactory.Teacher);
        var response = allowed
            ? await browser.SubmitAsync($"/help/tickets/{ticket}", "Assign", new() { ["Assigned to"] = "Mr. Okafor" })
            : await browser.ForgePostAsync("/help", $"/help/tickets/{ticket}/assign", new() { ["AssigneeId"] = teacherId });
        return (response, async () => (await HelpDeskArrange.TicketAsync(app, ticket)).AssignedToId == teacherId);
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> SuggestAsync(TestBrowser browser, bool allowed, int n)
    {
        var question = $"Matrix FAQ suggestion {n}?";
        var response = allowed
            ? await browser.SubmitAsync("/help/faq/suggest", "Send suggestion", new() { ["The question people ask"] = question })
            : await browser.ForgePostAsync("/help/faq", "/help/faq/suggest", new() { ["Question"] = question });
        return (response, () => app.WithDbAsync(db => db.Set<FaqEntry>().AnyAsync(entry => entry.Question == question)));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> HideAsync(TestBrowser browser, bool allowed, int ticket)
    {
        var reply = await AddAnswerAsync(ticket);
        var response = allowed
            ? await browser.SubmitAsync($"/help/tickets/{ticket}", "Hide reply", new() { ["Why hide it? (the author is told)"] = "Off topic." })
            : await browser.ForgePostAsync("/help", $"/help/tickets/{ticket}/replies/{reply}/hide", new() { ["Reason"] = "Off topic." });
        return (response, () => app.WithDbAsync(db => db.Set<TicketReply>().AnyAsync(row => row.Id == reply && row.HiddenReason != null)));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> MergeAsync(TestBrowser browser, bool allowed, int into, int duplicate)
    {
        HttpResponseMessage response;
        if (allowed)
        {
            var preview = await (await browser.OpenFormAsync($"/help/tickets/{duplicate}", "Check the merge")).Fill("Merge this duplicate into ticket number", into.ToString(CultureInfo.InvariantCulture)).SubmitAsync();
            response = await WebForm.Find(await preview.Content.ReadAsStringAsync(), $"/help/tickets/{duplicate}/merge?into={into}", "Merge the tickets", browser: browser).SubmitAsync();
        }
        else
        {
            response = await browser.ForgePostAsync("/help", $"/help/tickets/{duplicate}/merge", new() { ["IntoTicketId"] = into.ToString(CultureInfo.InvariantCulture) });
        }

        return (response, async () => (await HelpDeskArrange.TicketAsync(app, duplicate)).Status == TicketStatus.Merged);
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> PromoteAsync(TestBrowser browser, bool allowed, int ticket, int n)
    {
        await AddAnswerAsync(ticket);
        await app.WithDbAsync(db => db.Set<HelpTicket>().Where(row => row.Id == ticket).ExecuteUpdateAsync(set => set.SetProperty(row => row.Status, TicketStatus.Resolved)));
        var question = $"Matrix FAQ entry {n}?";
        var response = allowed
            ? await (await browser.OpenFormAsync($"/help/tickets/{ticket}/promote", "Publish in the FAQ")).Fill("Question", question).SubmitAsync()
            : await browser.ForgePostAsync("/help", $"/help/tickets/{ticket}/promote", new() { ["Question"] = question, ["Answer"] = "Yes.", ["Category"] = "Other" });
        return (response, () => app.WithDbAsync(db => db.Set<FaqEntry>().AnyAsync(entry => entry.SourceTicketId == ticket && entry.Status == FaqStatus.Published)));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> AddCannedAsync(TestBrowser browser, bool allowed, int n)
    {
        var title = $"Matrix canned {n}";
        var response = allowed
            ? await browser.SubmitAsync("/help/canned", "Add canned reply", new() { ["Name"] = title, ["Reply"] = "See the desk." })
            : await browser.ForgePostAsync("/help", "/help/canned", new() { ["Title"] = title, ["Text"] = "See the desk." });
        return (response, () => app.WithDbAsync(db => db.Set<CannedReply>().AnyAsync(canned => canned.Title == title)));
    }

    private Task<int> AddTicketAsync(string askerEmail, string subject, bool shareable) =>
        app.WithDbAsync(async db =>
        {
            var asker = await db.Users.SingleAsync(user => user.Email == askerEmail);
            var ticket = new HelpTicket { AskerId = asker.Id, AskerName = asker.DisplayName, Subject = subject, Question = $"{subject}: where do I look?", Shareable = shareable, Status = TicketStatus.Open, CreatedAt = DateTimeOffset.UtcNow };
            db.Add(ticket);
            await db.SaveChangesAsync();
            return ticket.Id;
        });

    /// <summary>An answer from Mr. Okafor, so the ticket has something to accept, hide or publish.</summary>
    private Task<int> AddAnswerAsync(int ticket) =>
        app.WithDbAsync(async db =>
        {
            var teacher = await db.Users.SingleAsync(user => user.Email == LibraryAppFactory.Teacher);
            var reply = new TicketReply { TicketId = ticket, AuthorId = teacher.Id, AuthorName = teacher.DisplayName, Text = "The atlases are by the windows.", CreatedAt = DateTimeOffset.UtcNow };
            db.Add(reply);
            await db.SaveChangesAsync();
            await db.Set<HelpTicket>().Where(row => row.Id == ticket).ExecuteUpdateAsync(set => set.SetProperty(row => row.Status, TicketStatus.Answered));
            return reply.Id;
        });
}

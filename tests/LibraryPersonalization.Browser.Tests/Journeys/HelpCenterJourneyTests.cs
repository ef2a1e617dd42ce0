using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using LibraryPersonalization.Browser.Tests.Infrastructure;
using LibraryPersonalization.Domain.Ecosystem;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LibraryPersonalization.Browser.Tests.Journeys;

/// <summary>The Help Center journeys: asking, peer answers, accepting, the FAQ, the volume gate and merging; every page passes axe with no violation.</summary>
[Collection(BrowserSuite.Name)]
public sealed class HelpCenterJourneyTests(LibraryBrowserFixture fixture) : IClassFixture<LibraryBrowserFixture>
{
    private const string Priya = "priya@school.test";
    private const string Amara = "amara@school.test";
    private const string Sofia = "sofia@school.test";

    private string journey = "start";
    private int step;

    [Fact]
    public async Task At_student_generated_a_shared_question_is_answered_by_a_peer_accepted_and_published_in_the_faq_where_another_student_finds_it()
    {
        journey = "peer-answer-faq";
        await fixture.App.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.LibrarianGenerated);
        const string subject = "Borrowing a graphing calculator";
        const string answer = "Hi Maya! The desk lends graphing calculators for one day: bring your student ID and return it by 3 PM.";

        // The librarian turns Help Center up to Student-generated on the ecosystem page.
        await using var librarianContext = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.Librarian);
        var librarian = await librarianContext.NewPageAsync();
        await librarian.SetVolumeOnEcosystemPageAsync("Help Center", "Student-generated", "Students help each other this term");

        // Maya asks a question that other students may see.
        await using var mayaContext = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.Student);
        var maya = await mayaContext.NewPageAsync();
        await maya.GotoAsync("/");
        await maya.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Help", Exact = true }).ClickAsync();
        await Expect(maya.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Help");
        await AssertAccessibleAsync(maya, "maya");
        await maya.GetByRole(AriaRole.Link, new() { Name = "Ask the help desk" }).ClickAsync();
        await Expect(maya).ToHaveURLAsync(new Regex("/help/ask$"));
        await maya.GetByLabel("Subject").FillAsync(subject);
        await maya.GetByLabel("What is it about?").SelectOptionAsync(new SelectOptionValue { Label = "Devices and printing" });
        await maya.GetByLabel("Your question").FillAsync("My calculator broke before the math test. Can I borrow one from the library?");
        await maya.GetByRole(AriaRole.Radio, new() { Name = "Other students may see it and help answer" }).CheckAsync();
        await AssertAccessibleAsync(maya, "maya");
        await maya.GetByRole(AriaRole.Button, new() { Name = "Send my question" }).ClickAsync();

        await Expect(maya).ToHaveURLAsync(new Regex(@"/help/tickets/\d+$"));
        await Expect(maya.Flash()).ToContainTextAsync("Your question is in.");
        var ticketId = TicketIdOf(maya);
        await Expect(maya.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"#{ticketId} {subject}");
        await Expect(maya.GetByRole(AriaRole.Main)).ToContainTextAsync("Shared with peer helpers.");
        await AssertAccessibleAsync(maya, "maya");

        // Jonah finds it on the peer help page, without Maya's name, and answers it by keyboard alone.
        await using var jonahContext = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.OtherStudent);
        var jonah = await jonahContext.NewPageAsync();
        await jonah.GotoAsync("/");
        await jonah.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Peer help" }).ClickAsync();
        await Expect(jonah).ToHaveURLAsync(new Regex("/help/peer$"));
        var shared = jonah.GetByRole(AriaRole.Row).Filter(new() { HasText = subject });
        await Expect(shared).ToContainTextAsync("Devices and printing");
        await Expect(shared).ToContainTextAsync("Open");
        await AssertAccessibleAsync(jonah, "jonah");
        await shared.GetByRole(AriaRole.Link, new() { Name = $"#{ticketId} {subject}" }).ClickAsync();
        await Expect(jonah.GetByRole(AriaRole.Main)).ToContainTextAsync("A student asked on");
        await Expect(jonah.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Maya");
        await Expect(jonah.GetByRole(AriaRole.Heading, new() { Name = "Answer", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync(jonah, "jonah");

        var replyBox = jonah.GetByLabel("Your reply");
        await TabUntilFocusedAsync(jonah, replyBox);
        await jonah.Keyboard.TypeAsync(answer);
        await jonah.Keyboard.PressAsync("Tab");
        await Expect(jonah.GetByRole(AriaRole.Button, new() { Name = "Post reply" })).ToBeFocusedAsync();
        await jonah.Keyboard.PressAsync("Enter");

        await Expect(jonah.Flash()).ToHaveTextAsync("Your answer was posted and the asker was told.");
        var jonahsAnswer = jonah.GetByRole(AriaRole.List, new() { Name = "Replies" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "graphing calculators for one day" });
        await Expect(jonahsAnswer).ToContainTextAsync("Jonah Brooks (student)");
        await AssertAccessibleAsync(jonah, "jonah");

        // Maya sees the answer under her questions and accepts it.
        await maya.GotoAsync("/help");
        var mine = maya.GetByRole(AriaRole.Row).Filter(new() { HasText = subject });
        await Expect(mine).ToContainTextAsync("Answered");
        await mine.GetByRole(AriaRole.Link, new() { Name = $"#{ticketId} {subject}" }).ClickAsync();
        await AssertAccessibleAsync(maya, "maya");
        await maya.GetByRole(AriaRole.Button, new() { Name = "Accept this answer from Jonah Brooks" }).ClickAsync();
        await Expect(maya.Flash()).ToHaveTextAsync("You accepted Jonah Brooks's answer: the ticket is resolved.");
        await Expect(maya.GetByRole(AriaRole.Main).Locator(".badge", new() { HasText = "Resolved" })).ToBeVisibleAsync();
        await Expect(maya.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "graphing calculators for one day" })).ToContainTextAsync("Accepted answer");
        await Expect(maya.GetByRole(AriaRole.Button, new() { Name = "Accept this answer" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(maya, "maya");

        // The librarian opens the resolved ticket and adds it to the FAQ, which takes Maya's name out.
        await librarian.GotoAsync($"/help/tickets/{ticketId}");
        await Expect(librarian.GetByRole(AriaRole.Main)).ToContainTextAsync("Maya Chen asked on");
        await AssertAccessibleAsync(librarian, "librarian");
        await librarian.GetByRole(AriaRole.Link, new() { Name = "Add to the FAQ" }).ClickAsync();
        await Expect(librarian).ToHaveURLAsync(new Regex($"/help/tickets/{ticketId}/promote$"));
        await Expect(librarian.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Add ticket #{ticketId} to the FAQ");
        await Expect(librarian.GetByLabel("Question")).ToHaveValueAsync(subject);
        await Expect(librarian.GetByLabel("Answer")).ToHaveValueAsync(answer.Replace("Maya", "a student", StringComparison.Ordinal));
        await librarian.GetByLabel("Question").FillAsync("Can I borrow a graphing calculator?");
        await AssertAccessibleAsync(librarian, "librarian");
        await librarian.GetByRole(AriaRole.Button, new() { Name = "Publish in the FAQ" }).ClickAsync();
        await Expect(librarian).ToHaveURLAsync(new Regex("/help/faq$"));
        await Expect(librarian.Flash()).ToHaveTextAsync("Published in the FAQ. The entry does not say who asked.");

        // Priya searches the FAQ for a word of it and finds the entry, with nobody's name on it.
        await using var priyaContext = await fixture.NewSignedInContextAsync(Priya);
        var priya = await priyaContext.NewPageAsync();
        await priya.GotoAsync("/help/faq");
        await priya.GetByRole(AriaRole.Searchbox, new() { Name = "Search the FAQ" }).FillAsync("calculator");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(priya).ToHaveURLAsync(new Regex(@"/help/faq\?q=calculator$"));
        await Expect(priya.GetByRole(AriaRole.Main)).ToContainTextAsync("1 entry match \"calculator\"");
        var entries = priya.GetByRole(AriaRole.List, new() { Name = "FAQ entries" }).GetByRole(AriaRole.Listitem);
        await Expect(entries).ToHaveCountAsync(1);
        await Expect(entries.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Can I borrow a graphing calculator?");
        await Expect(entries).ToContainTextAsync("Hi a student! The desk lends graphing calculators for one day");
        await Expect(entries).Not.ToContainTextAsync("Maya");
        await AssertAccessibleAsync(priya, "priya");

        // The visually hidden ", this answer helped" is positioned, so it counts as a block and the name reads "Yes , this answer helped".
        await entries.GetByRole(AriaRole.Button, new() { Name = "this answer helped" }).ClickAsync();
        await Expect(priya.Flash()).ToHaveTextAsync("Thanks for telling us.");
        await Expect(priya.GetByRole(AriaRole.Listitem).Filter(new() { Has = priya.GetByRole(AriaRole.Heading, new() { Name = "Can I borrow a graphing calculator?" }) }))
            .ToContainTextAsync("1 found this helpful, 0 did not. You said it helped.");
        await AssertAccessibleAsync(priya, "priya");
    }

    [Fact]
    public async Task At_librarian_generated_a_student_opening_peer_help_is_refused_with_the_volume_it_needs()
    {
        journey = "peer-refused";
        await fixture.App.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.LibrarianGenerated);
        await using var context = await fixture.NewSignedInContextAsync(Priya);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/help");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Peer help" })).ToHaveCountAsync(0);

        var refused = await page.GotoAsync("/help/peer");

        Assert.Equal(403, refused!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not available right now");
        await Expect(page.GetByRole(AriaRole.Main).Locator("strong", new() { HasText = "Student-generated" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Help Center is at a lower volume than Student-generated right now.");
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page, "priya");
    }

    [Fact]
    public async Task The_librarian_merges_two_similar_questions_and_both_askers_see_one_ticket_with_both_questions()
    {
        journey = "merge";
        await fixture.App.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.LibrarianGenerated);
        const string keptSubject = "Printing my science poster in colour";
        const string keptQuestion = "Can the library print my A2 science fair poster in colour?";
        const string duplicateSubject = "Colour printer for a poster?";
        const string duplicateQuestion = "Is there a colour printer big enough for a poster?";

        await using var amaraContext = await fixture.NewSignedInContextAsync(Amara);
        var amara = await amaraContext.NewPageAsync();
        var keptId = await AskAsync(amara, keptSubject, keptQuestion);
        await using var sofiaContext = await fixture.NewSignedInContextAsync(Sofia);
        var sofia = await sofiaContext.NewPageAsync();
        var duplicateId = await AskAsync(sofia, duplicateSubject, duplicateQuestion);

        // The librarian opens Sofia's question, enters Amara's ticket number and checks the merge.
        await using var librarianContext = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.Librarian);
        var librarian = await librarianContext.NewPageAsync();
        await librarian.GotoAsync("/help/queue");
        await librarian.GetByRole(AriaRole.Link, new() { Name = $"#{duplicateId} {duplicateSubject}" }).ClickAsync();
        await Expect(librarian.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"#{duplicateId} {duplicateSubject}");
        await librarian.GetByLabel("Merge this duplicate into ticket number").FillAsync(keptId.ToString(CultureInfo.InvariantCulture));
        await AssertAccessibleAsync(librarian, "librarian");
        await librarian.GetByRole(AriaRole.Button, new() { Name = "Check the merge" }).ClickAsync();

        await Expect(librarian).ToHaveURLAsync(new Regex($"/help/tickets/{duplicateId}/merge\\?into={keptId}$"));
        await Expect(librarian.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Merge #{duplicateId} into #{keptId}?");
        await Expect(librarian.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Duplicate: #{duplicateId} {duplicateSubject}" })).ToContainTextAsync("Sofia Rossi");
        await Expect(librarian.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Keeps: #{keptId} {keptSubject}" })).ToContainTextAsync("Amara Okeke");
        await AssertAccessibleAsync(librarian, "librarian");
        await librarian.GetByRole(AriaRole.Button, new() { Name = "Merge the tickets" }).ClickAsync();

        await Expect(librarian).ToHaveURLAsync(new Regex($"/help/tickets/{keptId}$"));
        await Expect(librarian.Flash()).ToHaveTextAsync($"Ticket #{duplicateId} was merged into #{keptId}; every asker follows #{keptId} now and was told.");
        await AssertBothQuestionsAsync(librarian);
        await AssertAccessibleAsync(librarian, "librarian");

        // Amara, who asked first, finds the one ticket with both questions under hers.
        await amara.GotoAsync("/help");
        await amara.GetByRole(AriaRole.Link, new() { Name = $"#{keptId} {keptSubject}" }).ClickAsync();
        await AssertBothQuestionsAsync(amara);
        await AssertAccessibleAsync(amara, "amara");

        // Sofia's list now shows the merged ticket instead of her own, and her old ticket points to it.
        await sofia.GotoAsync("/help");
        await Expect(sofia.GetByRole(AriaRole.Link, new() { Name = $"#{duplicateId} {duplicateSubject}" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(sofia, "sofia");
        await sofia.GetByRole(AriaRole.Link, new() { Name = $"#{keptId} {keptSubject}" }).ClickAsync();
        await AssertBothQuestionsAsync(sofia);
        await Expect(sofia.GetByRole(AriaRole.Button, new() { Name = "Post reply" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(sofia, "sofia");
        await sofia.GotoAsync($"/help/tickets/{duplicateId}");
        await Expect(sofia.GetByRole(AriaRole.Main)).ToContainTextAsync($"This question was merged into ticket #{keptId}: every answer is there.");
        await Expect(sofia.GetByRole(AriaRole.Button, new() { Name = "Post reply" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(sofia, "sofia");

        async Task AssertBothQuestionsAsync(IPage page)
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"#{keptId} {keptSubject}");
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Question" })).ToContainTextAsync(keptQuestion);
            var merged = page.GetByRole(AriaRole.List, new() { Name = "Replies" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Merged from ticket #{duplicateId}" });
            await Expect(merged).ToContainTextAsync(duplicateQuestion);
            await Expect(merged).ToContainTextAsync(duplicateSubject);
        }
    }

    /// <summary>A private question asked through the form; returns its ticket number.</summary>
    private static async Task<int> AskAsync(IPage page, string subject, string question)
    {
        await page.GotoAsync("/help/ask");
        await page.GetByLabel("Subject").FillAsync(subject);
        await page.GetByLabel("What is it about?").SelectOptionAsync(new SelectOptionValue { Label = "Devices and printing" });
        await page.GetByLabel("Your question").FillAsync(question);
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Only me and library staff" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my question" }).ClickAsync();
        await Expect(page.Flash()).ToContainTextAsync("Your question is in.");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Private: only the asker and staff see it.");
        return TicketIdOf(page);
    }

    private static int TicketIdOf(IPage page) =>
        int.Parse(Regex.Match(page.Url, @"/help/tickets/(\d+)$").Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>Presses Tab from the top of the page until <paramref name="target"/> has the focus, as a keyboard user gets there.</summary>
    private static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached the field on {page.Url}");
    }

    /// <summary>Captures the page as artifacts/screenshots/help-journey-*, then fails on any axe violation, whatever its impact.</summary>
    private async Task AssertAccessibleAsync(IPage page, string who)
    {
        step++;
        var where = new Uri(page.Url).AbsolutePath.Trim('/').Replace('/', '-');
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor($"help-journey-{journey}-{step:00}-{who}-{where}"), FullPage = true });
        var scan = await page.RunAxe();
        Assert.True(scan.Violations.Length == 0, $"axe on {page.Url}:\n{string.Join("\n", scan.Violations.Select(violation => $"[{violation.Impact}] {violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}"))}");
    }
}

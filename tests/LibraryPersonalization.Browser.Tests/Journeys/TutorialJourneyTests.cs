using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using LibraryPersonalization.Browser.Tests.Infrastructure;
using LibraryPersonalization.Domain.Ecosystem;
using LibraryPersonalization.Web.Features.Tutorials;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LibraryPersonalization.Browser.Tests.Journeys;

/// <summary>The Tutorials &amp; Demos journeys: a student writes and publishes, a peer finds, rates and comments, the volume gate, and a librarian's history, restore and unpublish; every page passes axe with no violation.</summary>
[Collection(BrowserSuite.Name)]
public sealed class TutorialJourneyTests(LibraryBrowserFixture fixture) : IClassFixture<LibraryBrowserFixture>
{
    private const string Amara = "amara@school.test";
    private const string Sofia = "sofia@school.test";
    private const string Citing = "Cite a website in MLA 9";
    private const string VideoExport = "Export a video that looks sharp on the projector";

    private string journey = "start";
    private int step;

    [Fact]
    public async Task At_student_generated_a_student_publishes_a_tutorial_that_another_student_finds_by_search_and_topic_rates_and_comments_on()
    {
        journey = "write-publish-find";
        await fixture.App.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.LibrarianGenerated);
        const string title = "Print a poster for the science fair";
        const string comment = "The bleed tip saved my poster, thank you!";

        // The librarian turns Tutorials & Demos up to Student-generated on the ecosystem page.
        await using var librarianContext = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.Librarian);
        var librarian = await librarianContext.NewPageAsync();
        await librarian.SetVolumeOnEcosystemPageAsync("Tutorials & Demos", "Student-generated", "Students teach each other this term");

        // Amara writes a tutorial from the tutorials page; she saves the draft by keyboard alone.
        await using var amaraContext = await fixture.NewSignedInContextAsync(Amara);
        var amara = await amaraContext.NewPageAsync();
        await amara.GotoAsync("/");
        await amara.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Tutorials", Exact = true }).ClickAsync();
        await Expect(amara).ToHaveURLAsync(new Regex("/tutorials$"));
        await Expect(amara.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tutorials & demos");
        await AssertAccessibleAsync(amara, "amara");
        await amara.GetByRole(AriaRole.Link, new() { Name = "Write a tutorial" }).ClickAsync();
        await Expect(amara).ToHaveURLAsync(new Regex("/tutorials/new$"));
        await Expect(amara.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Write a tutorial");
        await amara.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await amara.GetByLabel("Summary: what will readers be able to do?").FillAsync("Send a poster to the big printer so it comes out sharp and the right size.");
        await amara.GetByLabel("Steps, in Markdown").FillAsync(
            "## Get the file ready\n\nExport the poster as a PDF at **A2** size.\n\n- Leave a 3 mm bleed on every side.\n- Embed the fonts.\n- Use `CMYK` colours.\n\n## At the printer\n\nAsk the desk to load the matte paper.");
        await AssertAccessibleAsync(amara, "amara");
        await amara.Keyboard.PressAsync("Tab");
        await Expect(amara.GetByLabel("Topics (comma separated, up to 8)")).ToBeFocusedAsync();
        await amara.Keyboard.TypeAsync("Posters, printing");
        await amara.Keyboard.PressAsync("Tab");
        await Expect(amara.GetByLabel("Video link (optional: readers get a link, nothing is embedded)")).ToBeFocusedAsync();
        await amara.Keyboard.PressAsync("Tab");
        await Expect(amara.GetByRole(AriaRole.Button, new() { Name = "Save draft" })).ToBeFocusedAsync();
        await amara.Keyboard.PressAsync("Enter");

        await Expect(amara).ToHaveURLAsync(new Regex(@"/tutorials/\d+$"));
        await Expect(amara.Flash()).ToHaveTextAsync("Draft saved. Read it through, then publish it when it is ready.");
        await Expect(amara.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(amara.GetByRole(AriaRole.Main).Locator(".badge", new() { HasText = "Draft: only its author and staff see it" })).ToBeVisibleAsync();
        var body = amara.GetByRole(AriaRole.Article, new() { Name = "The tutorial" });
        await Expect(body.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Get the file ready" })).ToBeVisibleAsync();
        await Expect(body.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "At the printer" })).ToBeVisibleAsync();
        await Expect(body.GetByRole(AriaRole.List).GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Leave a 3 mm bleed on every side.", "Embed the fonts.", "Use CMYK colours."]);
        await Expect(body.Locator("strong")).ToHaveTextAsync("A2");
        await Expect(body.Locator("code")).ToHaveTextAsync("CMYK");
        await Expect(body).Not.ToContainTextAsync("##");
        await Expect(amara.GetByRole(AriaRole.Link, new() { Name = "posters", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync(amara, "amara");

        await amara.GetByRole(AriaRole.Button, new() { Name = "Publish for everyone" }).ClickAsync();
        await Expect(amara.Flash()).ToHaveTextAsync("Published: everyone can read it now.");
        await Expect(amara.GetByRole(AriaRole.Main).Locator(".badge", new() { HasText = "Draft" })).ToHaveCountAsync(0);
        await Expect(amara.GetByRole(AriaRole.Button, new() { Name = "Publish for everyone" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(amara, "amara");

        // Sofia finds it through the search box, then through its topic.
        await using var sofiaContext = await fixture.NewSignedInContextAsync(Sofia);
        var sofia = await sofiaContext.NewPageAsync();
        await sofia.GotoAsync("/tutorials");
        await sofia.GetByRole(AriaRole.Searchbox, new() { Name = "Search tutorials" }).FillAsync("poster");
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(sofia).ToHaveURLAsync(new Regex(@"/tutorials\?q=poster&"));
        await Expect(sofia.GetByRole(AriaRole.Main)).ToContainTextAsync("1 tutorial matching \"poster\", newest first.");
        var found = sofia.GetByRole(AriaRole.List, new() { Name = "Tutorials" }).GetByRole(AriaRole.Listitem);
        await Expect(found.GetByRole(AriaRole.Heading)).ToHaveTextAsync([title]);
        await Expect(found).ToContainTextAsync("By Amara Okeke (student)");
        await AssertAccessibleAsync(sofia, "sofia");

        await sofia.GotoAsync("/tutorials");
        await sofia.GetByRole(AriaRole.Navigation, new() { Name = "Topics" }).GetByRole(AriaRole.Link, new() { Name = "posters (1)" }).ClickAsync();
        await Expect(sofia).ToHaveURLAsync(new Regex(@"/tutorials\?topic=posters&q=$"));
        await Expect(sofia.GetByRole(AriaRole.Navigation, new() { Name = "Topics" }).Locator("[aria-current=page]")).ToHaveTextAsync("posters (1)");
        await Expect(found.GetByRole(AriaRole.Heading)).ToHaveTextAsync([title]);
        await AssertAccessibleAsync(sofia, "sofia");

        // She rates it and comments on it.
        await found.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(sofia.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(sofia.GetByRole(AriaRole.Region, new() { Name = "Rating" })).ToContainTextAsync("Not rated yet.");
        await AssertAccessibleAsync(sofia, "sofia");
        await sofia.GetByRole(AriaRole.Group, new() { Name = "Your rating" }).GetByRole(AriaRole.Radio, new() { Name = "4", Exact = true }).CheckAsync();
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Rate", Exact = true }).ClickAsync();
        await Expect(sofia.Flash()).ToHaveTextAsync("Thanks: you gave it 4 of 5.");
        await Expect(sofia.GetByRole(AriaRole.Region, new() { Name = "Rating" })).ToContainTextAsync("4.0 of 5, from 1 rating. You gave it 4.");
        await Expect(sofia.GetByRole(AriaRole.Radio, new() { Name = "4", Exact = true })).ToBeCheckedAsync();
        await AssertAccessibleAsync(sofia, "sofia");

        await sofia.GetByLabel("Add a comment").FillAsync(comment);
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Expect(sofia.Flash()).ToHaveTextAsync("Your comment was posted.");
        var comments = sofia.GetByRole(AriaRole.List, new() { Name = "Comments" }).GetByRole(AriaRole.Listitem);
        await Expect(comments).ToHaveCountAsync(1);
        await Expect(comments).ToContainTextAsync("Sofia Rossi");
        await Expect(comments).ToContainTextAsync(comment);
        await AssertAccessibleAsync(sofia, "sofia");

        // Amara sees her reader's rating and comment on her tutorial, and no form to rate her own.
        await amara.ReloadAsync();
        await Expect(amara.GetByRole(AriaRole.Region, new() { Name = "Rating" })).ToContainTextAsync("4.0 of 5, from 1 rating.");
        await Expect(amara.GetByRole(AriaRole.Group, new() { Name = "Your rating" })).ToHaveCountAsync(0);
        await Expect(amara.GetByRole(AriaRole.List, new() { Name = "Comments" })).ToContainTextAsync(comment);
        await AssertAccessibleAsync(amara, "amara");
    }

    [Fact]
    public async Task At_librarian_generated_a_student_opening_the_write_form_is_refused_with_the_volume_it_needs()
    {
        journey = "write-refused";
        await fixture.App.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.LibrarianGenerated);
        await using var context = await fixture.NewSignedInContextAsync(Amara);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/tutorials");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Write a tutorial" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page, "amara");

        var refused = await page.GotoAsync("/tutorials/new");

        Assert.Equal(403, refused!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not available right now");
        await Expect(page.GetByRole(AriaRole.Main).Locator("strong", new() { HasText = "Student-generated" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Tutorials & Demos is at a lower volume than Student-generated right now.");
        await Expect(page.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page, "amara");
    }

    [Fact]
    public async Task The_librarian_compares_two_versions_restores_the_first_through_its_confirm_page_and_unpublishes_a_tutorial_with_a_reason()
    {
        journey = "history-restore-unpublish";
        await fixture.App.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.LibrarianGenerated);
        const string reason = "The export settings changed with the new projector; please update the bitrate.";
        const string example = "Nguyen, Linh. \"Saving Monarchs.\" *Nature Now*, 4 Mar. 2025, naturenow.org/monarchs.";
        await using var librarianContext = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.Librarian);
        var librarian = await librarianContext.NewPageAsync();

        // The history of the MLA tutorial lists its two versions; comparing them shows the example that was added.
        await librarian.GotoAsync("/tutorials");
        await librarian.GetByRole(AriaRole.Link, new() { Name = Citing }).ClickAsync();
        await Expect(librarian.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Citing);
        await Expect(librarian.GetByRole(AriaRole.Article, new() { Name = "The tutorial" })).ToContainTextAsync("Nguyen, Linh.");
        await AssertAccessibleAsync(librarian, "librarian");
        await librarian.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
        var tutorialId = await TutorialIdAsync(Citing);
        await Expect(librarian).ToHaveURLAsync(new Regex($"/tutorials/{tutorialId}/history$"));
        await Expect(librarian.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"History of “{Citing}”");
        var versions = librarian.GetByRole(AriaRole.Table, new() { Name = "2 versions, newest first" });
        await Expect(versions.GetByRole(AriaRole.Row).Filter(new() { HasText = "2 (current)" })).ToContainTextAsync("Ms. Alvarez");
        await AssertAccessibleAsync(librarian, "librarian");
        await librarian.GetByRole(AriaRole.Radio, new() { Name = "Compare from version 1" }).CheckAsync();
        await librarian.GetByRole(AriaRole.Radio, new() { Name = "Compare to version 2" }).CheckAsync();
        await librarian.GetByRole(AriaRole.Button, new() { Name = "Compare the chosen versions" }).ClickAsync();

        // The form sends its radios in page order: the "to" column of the newest row comes first.
        await Expect(librarian).ToHaveURLAsync(new Regex($@"/tutorials/{tutorialId}/compare\?to=2&from=1$"));
        await Expect(librarian.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"“{Citing}”: version 1 to version 2");
        var changes = librarian.GetByRole(AriaRole.List, new() { Name = "Changes from version 1 to version 2" }).GetByRole(AriaRole.Listitem);
        await AssertChangeAsync(changes, "## Example", "ins", "Added:");
        await AssertChangeAsync(changes, example, "ins", "Added:");
        await AssertChangeAsync(changes, "Summary: Build a works-cited entry for a web page in five steps.", "del", "Taken out:");
        await Expect(changes.Filter(new() { HasText = "Title: Cite a website in MLA 9" }).Locator("ins, del")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(librarian, "librarian");

        // Restoring version 1 first shows what it takes out, then saves it as version 3.
        await librarian.GetByRole(AriaRole.Link, new() { Name = "Back to the history" }).ClickAsync();
        await librarian.GetByRole(AriaRole.Link, new() { Name = "Restore version 1…" }).ClickAsync();
        await Expect(librarian).ToHaveURLAsync(new Regex($"/tutorials/{tutorialId}/history/1/restore$"));
        await Expect(librarian.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Restore version 1 of “{Citing}”?");
        var undone = librarian.GetByRole(AriaRole.List, new() { Name = "Changes from version 2 to version 1" }).GetByRole(AriaRole.Listitem);
        await AssertChangeAsync(undone, example, "del", "Taken out:");
        await AssertAccessibleAsync(librarian, "librarian");
        await librarian.GetByRole(AriaRole.Button, new() { Name = "Restore version 1" }).ClickAsync();

        await Expect(librarian).ToHaveURLAsync(new Regex($"/tutorials/{tutorialId}$"));
        await Expect(librarian.Flash()).ToHaveTextAsync("Version 1 is back as version 3; the history keeps every version.");
        await Expect(librarian.GetByRole(AriaRole.Article, new() { Name = "The tutorial" })).Not.ToContainTextAsync("Nguyen, Linh.");
        await Expect(librarian.GetByRole(AriaRole.Heading, new() { Name = "Example", Exact = true })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(librarian, "librarian");
        await librarian.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
        await Expect(librarian.GetByRole(AriaRole.Table, new() { Name = "3 versions, newest first" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "3 (current)" }))
            .ToContainTextAsync("Restored from version 1");
        await AssertAccessibleAsync(librarian, "librarian");

        // Diego's video tutorial comes down with a reason, through its confirm page.
        await librarian.GotoAsync("/tutorials");
        await librarian.GetByRole(AriaRole.Link, new() { Name = VideoExport }).ClickAsync();
        await librarian.GetByRole(AriaRole.Link, new() { Name = "Unpublish…" }).ClickAsync();
        await Expect(librarian).ToHaveURLAsync(new Regex($"/tutorials/{await TutorialIdAsync(VideoExport)}/unpublish$"));
        await Expect(librarian.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Unpublish “{VideoExport}”?");
        await Expect(librarian.GetByRole(AriaRole.Main)).ToContainTextAsync("Diego Ramos keeps it as a draft, is told your reason");
        await librarian.GetByLabel("Why is it coming down? (the author is told)").FillAsync(reason);
        await AssertAccessibleAsync(librarian, "librarian");
        await librarian.GetByRole(AriaRole.Button, new() { Name = "Unpublish the tutorial" }).ClickAsync();

        await Expect(librarian.Flash()).ToHaveTextAsync("Unpublished: readers no longer see it, and its author was told why.");
        await Expect(librarian.GetByRole(AriaRole.Main).Locator(".badge", new() { HasText = "Unpublished" })).ToBeVisibleAsync();
        await Expect(librarian.GetByRole(AriaRole.Main)).ToContainTextAsync($"Ms. Alvarez unpublished this tutorial: {reason}");
        await Expect(librarian.GetByRole(AriaRole.Link, new() { Name = "Unpublish…" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(librarian, "librarian");

        // A student reader no longer finds it.
        await using var jonahContext = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.OtherStudent);
        var jonah = await jonahContext.NewPageAsync();
        await jonah.GotoAsync("/tutorials");
        await Expect(jonah.GetByRole(AriaRole.Link, new() { Name = Citing })).ToBeVisibleAsync();
        await Expect(jonah.GetByRole(AriaRole.Link, new() { Name = VideoExport })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(jonah, "jonah");
    }

    /// <summary>The diff line holding <paramref name="text"/> is marked by its element and says its change in words, not only in colour.</summary>
    private static async Task AssertChangeAsync(ILocator lines, string text, string element, string spoken)
    {
        var line = lines.Filter(new() { HasText = text });
        await Expect(line).ToHaveCountAsync(1);
        await Expect(line.Locator(element)).ToHaveCountAsync(1);
        await Expect(line.Locator(".visually-hidden")).ToContainTextAsync(spoken);
    }

    private Task<int> TutorialIdAsync(string title) =>
        fixture.App.WithDbAsync(db => db.Tutorials().Where(tutorial => tutorial.Title == title).Select(tutorial => tutorial.Id).SingleAsync());

    /// <summary>Captures the page as artifacts/screenshots/tutorial-journey-*, then fails on any axe violation, whatever its impact.</summary>
    private async Task AssertAccessibleAsync(IPage page, string who)
    {
        step++;
        var where = new Uri(page.Url).AbsolutePath.Trim('/').Replace('/', '-');
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor($"tutorial-journey-{journey}-{step:00}-{who}-{where}"), FullPage = true });
        var scan = await page.RunAxe();
        Assert.True(scan.Violations.Length == 0, $"axe on {page.Url}:\n{string.Join("\n", scan.Violations.Select(violation => $"[{violation.Impact}] {violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}"))}");
    }
}

using AngleSharp.Html.Parser;
using LibraryPersonalization.Domain.Tutorials;
using LibraryPersonalization.Web.Tests.Journeys;
using LibraryPersonalization.Web.Tests.HelpDesk;
using static LibraryPersonalization.Web.Tests.Tutorials.TutorialArrange;

namespace LibraryPersonalization.Web.Tests.Tutorials;

/// <summary>Tutorials as students and the librarian use them, through the forms and links the pages render.</summary>
[Collection(JourneySteps.Collection)]
public class TutorialJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private const string Sofia = "sofia@school.test";
    private const string Kenji = "kenji@school.test";
    private const string Liam = "liam@school.test";
    private const string Noor = "noor@school.test";

    [Fact]
    public async Task A_student_writes_a_draft_no_peer_can_open_publishes_it_and_a_peer_finds_rates_and_comments_on_it()
    {
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.StudentGenerated);
        using var amara = await TestBrowser.SignedInAsync(app, Amara);
        const string title = "Bind a zine with three staples";
        var written = await (await amara.OpenFormAsync("/tutorials/new", "Save draft"))
            .FillTutorial(title, "Fold, stack and staple a 12-page zine.", "## You need\n\n- A long-arm stapler\n- Four sheets of paper\n\n## Steps\n\n1. Fold each sheet in half.\n2. Staple twice on the fold.", "Zines, Makerspace")
            .SubmitAsync();
        var id = IdIn(JourneySteps.RedirectTarget(written));

        var draft = await amara.FollowAsync(written);
        Assert.Contains("Draft saved. Read it through, then publish it when it is ready.", draft, StringComparison.Ordinal);
        Assert.Contains("Draft: only its author and staff see it", draft, StringComparison.Ordinal);
        var body = new HtmlParser().ParseDocument(await amara.GetPageAsync($"/tutorials/{id}")).QuerySelector("article.tutorial-body")!;
        Assert.Equal(["You need", "Steps"], body.QuerySelectorAll("h2").Select(heading => heading.TextContent));
        Assert.Equal(["A long-arm stapler", "Four sheets of paper"], body.QuerySelectorAll("ul > li").Select(item => item.TextContent));
        Assert.Equal(["Fold each sheet in half.", "Staple twice on the fold."], body.QuerySelectorAll("ol > li").Select(item => item.TextContent));
        Assert.Contains(title, await amara.ReadPageAsync("/tutorials?drafts=true"), StringComparison.Ordinal);

        using var priya = await TestBrowser.SignedInAsync(app, Priya);
        var hidden = await priya.GetAsync($"/tutorials/{id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(title, await JourneySteps.BodyAsync(hidden), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await priya.ReadPageAsync("/tutorials"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await priya.ReadPageAsync("/tutorials?drafts=true"), StringComparison.Ordinal);

        var published = await amara.SubmitAsync($"/tutorials/{id}", "Publish for everyone");
        Assert.Contains("Published: everyone can read it now.", await amara.FollowAsync(published), StringComparison.Ordinal);

        var found = await (await priya.OpenFormAsync("/tutorials", "Search")).Fill("Search tutorials", "STAPLE zine").SubmitAsync();
        var results = Titles(await JourneySteps.BodyAsync(found));
        Assert.Equal([title], results);
        var list = new HtmlParser().ParseDocument(await priya.GetPageAsync("/tutorials"));
        var makerspace = list.QuerySelectorAll("nav[aria-label=Topics] a").Single(link => link.TextContent.StartsWith("makerspace (", StringComparison.Ordinal));
        Assert.Equal("makerspace (2)", makerspace.TextContent);
        var onTopic = Titles(await priya.ReadPageAsync(makerspace.GetAttribute("href")!));
        Assert.Equal([title, "Print your first 3D model"], onTopic);

        var rated = await priya.SubmitAsync($"/tutorials/{id}", "Rate", new() { ["Your rating"] = "5" });
        Assert.Contains("Thanks: you gave it 5 of 5.", await priya.FollowAsync(rated), StringComparison.Ordinal);
        var commented = await priya.SubmitAsync($"/tutorials/{id}", "Post comment", new() { ["Add a comment"] = "Worked for our poetry zine. Use a ruler for the fold!" });
        var page = await priya.FollowAsync(commented);
        Assert.Contains("Your comment was posted.", page, StringComparison.Ordinal);
        Assert.Contains("5.0 of 5, from 1 rating. You gave it 5.", page, StringComparison.Ordinal);
        Assert.Contains("Worked for our poetry zine. Use a ruler for the fold!", page, StringComparison.Ordinal);

        Assert.Contains($"Priya Natarajan commented on your tutorial \"{title}\".", await HelpDeskArrange.NotificationsOfAsync(app, Amara));
        var authorView = new HtmlParser().ParseDocument(await amara.GetPageAsync($"/tutorials/{id}"));
        Assert.DoesNotContain(authorView.QuerySelectorAll("form button"), button => button.TextContent.Trim() == "Rate");
        var stored = await TutorialAsync(app, id);
        Assert.Equal((true, 1, 5, true), (stored.Published, stored.RatingCount, stored.RatingTotal, stored.ByStudent));
        Assert.Equal(["makerspace", "zines"], stored.Topics.Select(topic => topic.Topic).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_requested_tutorial_gets_a_vote_a_student_writes_and_publishes_it_and_the_asker_and_voter_are_told()
    {
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.StudentGenerated);
        const string topic = "Animate a logo for a club video";
        using var sofia = await TestBrowser.SignedInAsync(app, Sofia);
        var asked = await sofia.SubmitAsync("/tutorials/requests", "Ask for it", new() { ["I need a tutorial on…"] = topic, ["What would help? (optional)"] = "Our club intro needs a moving logo." });
        Assert.Contains("Your request is in.", await sofia.FollowAsync(asked), StringComparison.Ordinal);
        var requestId = await app.WithDbAsync(db => db.Set<TutorialRequest>().Where(request => request.Topic == topic).Select(request => request.Id).SingleAsync());

        using var kenji = await TestBrowser.SignedInAsync(app, Kenji);
        var voted = await kenji.SubmitAsync("/tutorials/requests", $"I need this too: {topic}");
        var requests = await kenji.FollowAsync(voted);
        Assert.Contains("Your vote is counted.", requests, StringComparison.Ordinal);
        Assert.Contains("2 votes", Card(requests, requestId), StringComparison.Ordinal);
        Assert.Equal(2, (await RequestAsync(app, requestId)).VoteCount);

        using var diego = await TestBrowser.SignedInAsync(app, Diego);
        var write = new HtmlParser().ParseDocument(await diego.GetPageAsync("/tutorials/requests")).QuerySelector($"#request-{requestId}")!
            .QuerySelectorAll("a").Single(link => link.TextContent == $"Write this tutorial: {topic}").GetAttribute("href")!;
        Assert.Contains($"This tutorial answers tutorial request #{requestId}", await diego.ReadPageAsync(write), StringComparison.Ordinal);
        const string title = "Animate a logo in five keyframes";
        var id = await WriteAsync(diego, title, "Make a logo slide, spin and settle for a video intro.", "1. Import the logo.\n2. Add five keyframes.\n3. Export at 1080p.", "video", page: write);
        Assert.Contains("Diego Ramos is writing it.", Card(await sofia.ReadPageAsync("/tutorials/requests"), requestId), StringComparison.Ordinal);
        Assert.Equal((TutorialRequestStatus.Planned, id), ((await RequestAsync(app, requestId)).Status, (await RequestAsync(app, requestId)).AnsweredByTutorialId));

        var published = await diego.SubmitAsync($"/tutorials/{id}", "Publish for everyone");

        Assert.Contains("Published, and everyone who asked for it was told.", await diego.FollowAsync(published), StringComparison.Ordinal);
        Assert.Equal(TutorialRequestStatus.Done, (await RequestAsync(app, requestId)).Status);
        var card = Card(await sofia.ReadPageAsync("/tutorials/requests"), requestId);
        Assert.Contains("Done", card, StringComparison.Ordinal);
        Assert.Contains($"Answered by \"{title}\".", card, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/tutorials/{id}\">Read the tutorial that answers it</a>", card, StringComparison.Ordinal);
        var told = $"The tutorial you asked for, \"{topic}\", is here: \"{title}\".";
        Assert.Contains(told, await HelpDeskArrange.NotificationsOfAsync(app, Sofia));
        Assert.Contains(told, await HelpDeskArrange.NotificationsOfAsync(app, Kenji));
        Assert.DoesNotContain(told, await HelpDeskArrange.NotificationsOfAsync(app, Diego));
        Assert.Contains(told, await sofia.ReadPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_librarian_unpublishes_a_tutorial_with_a_reason_readers_lose_it_the_author_cannot_republish_and_the_librarian_can()
    {
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.StudentGenerated);
        using var liam = await TestBrowser.SignedInAsync(app, Liam);
        const string title = "Get free textbooks from any website";
        var id = await WriteAsync(liam, title, "Download the course books without paying.", "1. Search the title with \"pdf\".", "research");
        await liam.SubmitAsync($"/tutorials/{id}", "Publish for everyone");
        using var noor = await TestBrowser.SignedInAsync(app, Noor);
        Assert.Contains(title, await noor.ReadPageAsync($"/tutorials/{id}"), StringComparison.Ordinal);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        const string reason = "It sends readers to pirated copies; link the library's e-book shelf instead.";

        var unpublished = await librarian.SubmitAsync($"/tutorials/{id}/unpublish", "Unpublish the tutorial", new() { ["Why is it coming down? (the author is told)"] = reason });

        Assert.Contains("Unpublished: readers no longer see it, and its author was told why.", await librarian.FollowAsync(unpublished), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await noor.GetAsync($"/tutorials/{id}")).StatusCode);
        Assert.DoesNotContain(title, await noor.ReadPageAsync("/tutorials"), StringComparison.Ordinal);
        var mine = await liam.ReadPageAsync($"/tutorials/{id}");
        Assert.Contains($"Ms. Alvarez unpublished this tutorial: {reason} Edit it, then ask a librarian to publish it again.", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Publish for everyone", mine, StringComparison.Ordinal);
        Assert.Contains($"Ms. Alvarez unpublished your tutorial \"{title}\": {reason}", await HelpDeskArrange.NotificationsOfAsync(app, Liam));
        Assert.Contains("Unpublished by a librarian", await liam.ReadPageAsync("/tutorials?drafts=true"), StringComparison.Ordinal);

        var fixedIt = await (await liam.OpenFormAsync($"/tutorials/{id}/edit", "Save changes")).Fill(TutorialArrange.Steps, "1. Open the library's e-book shelf.\n2. Borrow the course book.").SubmitAsync();
        Assert.Contains("Draft saved.", await liam.FollowAsync(fixedIt), StringComparison.Ordinal);
        var republish = await liam.ForgePostAsync($"/tutorials/{id}", $"/tutorials/{id}/publish", []);
        Assert.Equal(HttpStatusCode.Forbidden, republish.StatusCode);
        Assert.Contains("A librarian took this tutorial down: only a librarian publishes it again.", await JourneySteps.BodyAsync(republish), StringComparison.Ordinal);
        Assert.False((await TutorialAsync(app, id)).Published);

        var again = await librarian.SubmitAsync($"/tutorials/{id}", "Publish for everyone");

        Assert.Contains("Published: everyone can read it now.", await librarian.FollowAsync(again), StringComparison.Ordinal);
        var stored = await TutorialAsync(app, id);
        Assert.True(stored.Published);
        Assert.Null(stored.UnpublishedReason);
        var reread = await noor.ReadPageAsync($"/tutorials/{id}");
        Assert.Contains("Borrow the course book.", reread, StringComparison.Ordinal);
        Assert.DoesNotContain(reason, reread, StringComparison.Ordinal);
    }

    /// <summary>The tutorial titles a list page shows, in order.</summary>
    private static List<string> Titles(string page) =>
        new HtmlParser().ParseDocument(page).QuerySelectorAll("ul[aria-label=Tutorials] h2").Select(heading => heading.TextContent.Trim()).ToList();

    /// <summary>One request's card on the requests page, as decoded markup.</summary>
    private static string Card(string requestsPage, int requestId) =>
        WebUtility.HtmlDecode(new HtmlParser().ParseDocument(requestsPage).QuerySelector($"#request-{requestId}")!.OuterHtml);
}

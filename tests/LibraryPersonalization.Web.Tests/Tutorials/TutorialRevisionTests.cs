using AngleSharp.Html.Parser;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Web.Tests.Tutorials.TutorialArrange;

namespace LibraryPersonalization.Web.Tests.Tutorials;

/// <summary>Every save keeps the version before it: the history lists them, compare shows the change, restore brings one back, and a stale edit never overwrites a newer one.</summary>
[Collection(JourneySteps.Collection)]
public class TutorialRevisionTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private const string Title = "Print a phone stand";
    private const string Summary = "Slice and print a stand that holds a phone upright.";
    private const string First = "1. Open the slicer.\n2. Choose PLA.";
    private const string Second = "1. Open the slicer.\n2. Choose PLA.\n3. Start the print.";
    private const string Third = "1. Open the slicer.\n2. Choose PETG.\n3. Start the print.";

    [Fact]
    public async Task Each_edit_is_a_new_version_and_the_history_lists_every_one_with_its_editor()
    {
        var id = await ThreeVersionsAsync();
        using var okafor = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        var rows = JourneySteps.TableRows(await okafor.ReadPageAsync($"/tutorials/{id}/history"));

        Assert.Equal(3, rows.Count);
        Assert.Contains($"3 (current): {Title}", rows[0], StringComparison.Ordinal);
        Assert.Contains("Mr. Okafor,", rows[0], StringComparison.Ordinal);
        Assert.Contains("2: ", rows[1], StringComparison.Ordinal);
        Assert.Contains("Maya Chen,", rows[1], StringComparison.Ordinal);
        Assert.Contains("1: ", rows[2], StringComparison.Ordinal);
        Assert.Contains("Maya Chen,", rows[2], StringComparison.Ordinal);
        Assert.Contains("3 versions, newest first", await okafor.ReadPageAsync($"/tutorials/{id}/history"), StringComparison.Ordinal);
        Assert.Equal([First, Second, Third], (await RevisionsAsync(app, id)).Select(revision => revision.Body));
        Assert.Equal(["Maya Chen", "Maya Chen", "Mr. Okafor"], (await RevisionsAsync(app, id)).Select(revision => revision.EditorName));
    }

    [Fact]
    public async Task Comparing_two_versions_shows_the_lines_taken_out_and_the_lines_added()
    {
        var id = await ThreeVersionsAsync();
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var latest = await (await maya.OpenFormAsync($"/tutorials/{id}/history", "Compare the chosen versions")).SubmitAsync();
        var (removed, added) = Changes(await latest.Content.ReadAsStringAsync());
        Assert.Equal(["2. Choose PLA."], removed);
        Assert.Equal(["2. Choose PETG."], added);

        var whole = await (await maya.OpenFormAsync($"/tutorials/{id}/history", "Compare the chosen versions")).Check("Compare from version 1").SubmitAsync();
        var page = await JourneySteps.BodyAsync(whole);
        Assert.Contains("version 1 to version 3", page, StringComparison.Ordinal);
        Assert.Contains("1 line taken out, 2 added.", page, StringComparison.Ordinal);
        var (removedSinceFirst, addedSinceFirst) = Changes(await whole.Content.ReadAsStringAsync());
        Assert.Equal(["2. Choose PLA."], removedSinceFirst);
        Assert.Equal(["2. Choose PETG.", "3. Start the print."], addedSinceFirst);
    }

    [Fact]
    public async Task Restoring_an_old_version_saves_it_as_the_newest_and_keeps_the_whole_history()
    {
        var id = await ThreeVersionsAsync();
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var restoreLink = new HtmlParser().ParseDocument(await maya.GetPageAsync($"/tutorials/{id}/history"))
            .QuerySelectorAll("a").Single(link => link.TextContent == "Restore version 1…").GetAttribute("href")!;
        var preview = await maya.GetPageAsync(restoreLink);
        var (takenOut, putBack) = Changes(preview);
        Assert.Equal(["2. Choose PETG.", "3. Start the print."], takenOut);
        Assert.Equal(["2. Choose PLA."], putBack);
        Assert.Equal(3, (await TutorialAsync(app, id)).LatestRevision);

        var restored = await WebForm.Find(preview, restoreLink, "Restore version 1", browser: maya).SubmitAsync();

        Assert.Contains("Version 1 is back as version 4; the history keeps every version.", await maya.FollowAsync(restored), StringComparison.Ordinal);
        var tutorial = await TutorialAsync(app, id);
        Assert.Equal((4, First), (tutorial.LatestRevision, tutorial.Body));
        Assert.Equal([First, Second, Third, First], (await RevisionsAsync(app, id)).Select(revision => revision.Body));
        var rows = JourneySteps.TableRows(await maya.ReadPageAsync($"/tutorials/{id}/history"));
        Assert.Equal(4, rows.Count);
        Assert.Contains("4 (current):", rows[0], StringComparison.Ordinal);
        Assert.Contains("Restored from version 1", rows[0], StringComparison.Ordinal);
        var body = new HtmlParser().ParseDocument(await maya.GetPageAsync($"/tutorials/{id}")).QuerySelector("article.tutorial-body")!;
        Assert.Equal(["Open the slicer.", "Choose PLA."], body.QuerySelectorAll("li").Select(item => item.TextContent));
    }

    [Fact]
    public async Task An_edit_saved_from_an_older_version_is_refused_with_the_conflict_and_overwrites_nothing()
    {
        var id = await ThreeVersionsAsync();
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var mayasForm = await maya.OpenFormAsync($"/tutorials/{id}/edit", "Save changes");
        const string librariansBody = "1. Open the slicer.\n2. Choose PETG.\n3. Start the print.\n4. Let it cool before lifting it.";
        await (await librarian.OpenFormAsync($"/tutorials/{id}/edit", "Save changes")).Fill(Steps, librariansBody).SubmitAsync();
        const string mayasBody = "1. Open the slicer.\n2. Choose PLA+.";

        var stale = await mayasForm.Fill(Steps, mayasBody).SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await JourneySteps.BodyAsync(stale);
        Assert.Contains("Someone saved a newer version while you were editing. Your text is below: compare it with the tutorial's history before saving again.", page, StringComparison.Ordinal);
        var tutorial = await TutorialAsync(app, id);
        Assert.Equal((4, librariansBody), (tutorial.LatestRevision, tutorial.Body));
        Assert.Equal(4, (await RevisionsAsync(app, id)).Count);

        var kept = WebForm.Find(await stale.Content.ReadAsStringAsync(), $"/tutorials/{id}/edit", "Save changes", browser: maya);
        Assert.Equal(mayasBody, kept.Fields.Single(field => field.Key == "Body").Value.ReplaceLineEndings("\n"));
        Assert.Equal(tutorial.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), kept.Fields.Single(field => field.Key == "Version").Value);
        Assert.Contains("Draft saved.", await maya.FollowAsync(await kept.SubmitAsync()), StringComparison.Ordinal);
        Assert.Equal((5, mayasBody), ((await TutorialAsync(app, id)).LatestRevision, (await TutorialAsync(app, id)).Body));
    }

    /// <summary>Maya writes a draft and edits it once at Student-generated; Mr. Okafor then edits it: three versions.</summary>
    private async Task<int> ThreeVersionsAsync()
    {
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.StudentGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var id = await WriteAsync(maya, Title, Summary, First, "makerspace");
        Assert.Contains("Draft saved.", await maya.FollowAsync(await (await maya.OpenFormAsync($"/tutorials/{id}/edit", "Save changes")).Fill(Steps, Second).SubmitAsync()), StringComparison.Ordinal);
        using var okafor = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        Assert.Contains("Draft saved.", await okafor.FollowAsync(await (await okafor.OpenFormAsync($"/tutorials/{id}/edit", "Save changes")).Fill(Steps, Third).SubmitAsync()), StringComparison.Ordinal);
        return id;
    }

    /// <summary>The lines a diff shows as taken out and as added, without the markers a screen reader hears.</summary>
    private static (List<string> Removed, List<string> Added) Changes(string html)
    {
        var diff = new HtmlParser().ParseDocument(html).QuerySelector("ol.diff")!;
        static string Line(AngleSharp.Dom.IElement item) => string.Concat(item.QuerySelector("ins, del")!.ChildNodes.Where(node => node is not AngleSharp.Dom.IElement).Select(node => node.TextContent));
        return (diff.QuerySelectorAll("li.diff-removed").Select(Line).ToList(), diff.QuerySelectorAll("li.diff-added").Select(Line).ToList());
    }
}

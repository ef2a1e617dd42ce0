using System.Text.RegularExpressions;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>The ecosystem page: six sliders, what each stop opens, who moved them and why.</summary>
[Collection(JourneySteps.Collection)]
public class EcosystemJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private static string Panel(string page, EcosystemElement element) => Slice(page, $"<section class=\"card\" aria-labelledby=\"element-{element}\">", "</section>");

    private static string Stop(string panel, Volume volume) => Slice(panel, $"<h3>{volume.DisplayName()} ", "</div>");

    [Fact]
    public async Task The_ecosystem_page_lists_all_six_elements_with_their_current_volume()
    {
        await app.SetVolumeAsync(EcosystemElement.MediaLab, Volume.StudentGenerated);
        await app.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.Cocreated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var current = await app.WithDbAsync(db => db.ElementVolumes.ToDictionaryAsync(setting => setting.Element, setting => setting.Volume));

        var page = await student.ReadPageAsync("/ecosystem");

        var headings = Regex.Matches(page, "<h2 id=\"element-[A-Za-z]+\">([^<]+)</h2>").Select(match => match.Groups[1].Value);
        Assert.Equal(["Collection", "Physical Space", "Tutorials & Demos", "Makerspace", "Media Lab", "Help Center"], headings);
        foreach (var element in Enum.GetValues<EcosystemElement>())
        {
            Assert.Contains($"<h2 id=\"element-{element}\">{element.DisplayName()}</h2>", page, StringComparison.Ordinal);
            Assert.Contains($"data-testid=\"volume-{element}\">{current[element].DisplayName()}</strong>", page, StringComparison.Ordinal);
        }

        Assert.Contains("data-testid=\"volume-MediaLab\">Student-generated</strong>", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"volume-HelpCenter\">Cocreated</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"element-TutorialsAndDemos\">Tutorials & Demos</h2>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_stop_lists_what_it_opens_for_students()
    {
        using var student = await TestBrowser.SignedInAsync(app, "jonah@school.test");
        var page = await student.ReadPageAsync("/ecosystem");
        var collection = Panel(page, EcosystemElement.Collection);

        var librarianGenerated = Stop(collection, Volume.LibrarianGenerated);
        Assert.Contains("Students can always:", librarianGenerated, StringComparison.Ordinal);
        Assert.Contains("<li>Browse and search the catalog</li>", librarianGenerated, StringComparison.Ordinal);
        Assert.DoesNotContain("Suggest a purchase", librarianGenerated, StringComparison.Ordinal);

        var cocreated = Stop(collection, Volume.Cocreated);
        Assert.Contains("Opens for students:", cocreated, StringComparison.Ordinal);
        Assert.Contains("<li>Suggest a purchase (book request)</li>", cocreated, StringComparison.Ordinal);
        Assert.Contains("<li>Comment on book requests</li>", cocreated, StringComparison.Ordinal);
        Assert.DoesNotContain("Vote on book requests", cocreated, StringComparison.Ordinal);

        var studentGenerated = Stop(collection, Volume.StudentGenerated);
        Assert.Contains("<li>Vote on book requests</li>", studentGenerated, StringComparison.Ordinal);
        Assert.Contains("<li>Decide book requests within the student book budget (selection committee only)</li>", studentGenerated, StringComparison.Ordinal);
        Assert.DoesNotContain("Suggest a purchase", studentGenerated, StringComparison.Ordinal);

        var mediaLab = Panel(page, EcosystemElement.MediaLab);
        Assert.Contains("<li>Book the media lab directly</li>", Stop(mediaLab, Volume.Cocreated), StringComparison.Ordinal);
        Assert.Contains("<li>Manage the schedule and approve peers' bookings (student expert only)</li>", Stop(mediaLab, Volume.StudentGenerated), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_sees_what_they_can_do_now_and_no_volume_controls()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        using var student = await TestBrowser.SignedInAsync(app, "priya@school.test");

        var page = await student.ReadPageAsync("/ecosystem");

        Assert.DoesNotContain("action=\"/ecosystem/", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Set the volume of", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"volume\"", page, StringComparison.OrdinalIgnoreCase);
        var canDo = Slice(Panel(page, EcosystemElement.Collection), "<h3>What you can do now</h3>", "</ul>");
        Assert.Contains("<li>Browse and search the catalog</li>", canDo, StringComparison.Ordinal);
        Assert.Contains("<li>Rate titles and write reviews</li>", canDo, StringComparison.Ordinal);
        Assert.DoesNotContain("Suggest a purchase", canDo, StringComparison.Ordinal);

        var attempt = await student.ForgePostAsync("/ecosystem", "/ecosystem/Collection/volume", new() { ["volume"] = "StudentGenerated", ["reason"] = "I'd like more say" });
        Assert.Equal(HttpStatusCode.Forbidden, attempt.StatusCode);
        Assert.Contains("Only librarians may change how much students lead each part of the library.", await BodyAsync(attempt), StringComparison.Ordinal);
        Assert.Equal(Volume.LibrarianGenerated, await VolumeOfAsync(EcosystemElement.Collection));
    }

    [Fact]
    public async Task A_librarians_change_with_a_reason_shows_in_the_timeline_with_who_from_to_and_why()
    {
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.LibrarianGenerated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        Assert.Contains("Set the volume of Tutorials & Demos", await librarian.ReadPageAsync("/ecosystem"), StringComparison.Ordinal);

        var changed = await librarian.SubmitAsync("/ecosystem", "Save Tutorials & Demos volume", new() { ["Set the volume of Tutorials & Demos"] = "Cocreated", ["Reason for the change (optional, shown in the timeline)"] = "Grade 10 asked to request screencasts" });
        var page = await librarian.FollowAsync(changed);

        Assert.Contains("Tutorials & Demos is now Cocreated.", page, StringComparison.Ordinal);
        var panel = Panel(page, EcosystemElement.TutorialsAndDemos);
        Assert.Contains("data-testid=\"volume-TutorialsAndDemos\">Cocreated</strong>", panel, StringComparison.Ordinal);
        Assert.Contains("Ms. Alvarez moved it from Librarian-generated to Cocreated: \"Grade 10 asked to request screencasts\"", Slice(panel, "<ol class=\"timeline\">", "</ol>"), StringComparison.Ordinal);

        using var student = await TestBrowser.SignedInAsync(app, "sofia@school.test");
        Assert.Contains("Ms. Alvarez moved it from Librarian-generated to Cocreated: \"Grade 10 asked to request screencasts\"", Panel(await student.ReadPageAsync("/ecosystem"), EcosystemElement.TutorialsAndDemos), StringComparison.Ordinal);
        var change = await app.WithDbAsync(db => db.VolumeChanges.SingleAsync(entry => entry.Element == EcosystemElement.TutorialsAndDemos));
        Assert.Equal((Volume.LibrarianGenerated, Volume.Cocreated, "Grade 10 asked to request screencasts"), (change.From, change.To, change.Reason));
    }

    [Theory]
    [InlineData("Loud")]
    [InlineData("7")]
    [InlineData("")]
    public async Task An_invalid_volume_posts_back_an_error_and_leaves_the_slider_where_it_was(string volume)
    {
        await app.SetVolumeAsync(EcosystemElement.Makerspace, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var changesBefore = await app.WithDbAsync(db => db.VolumeChanges.CountAsync());

        var response = await librarian.ForgePostAsync("/ecosystem", "/ecosystem/Makerspace/volume", new() { ["volume"] = volume, ["reason"] = "typo" });

        Assert.Equal("/ecosystem", RedirectTarget(response));
        var page = await librarian.FollowAsync(response);
        Assert.Contains("<p class=\"flash flash-error\" role=\"alert\">Choose a volume: Librarian-generated, Cocreated or Student-generated.</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Makerspace is now", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"volume-Makerspace\">Cocreated</strong>", page, StringComparison.Ordinal);
        Assert.Equal(Volume.Cocreated, await VolumeOfAsync(EcosystemElement.Makerspace));
        Assert.Equal(changesBefore, await app.WithDbAsync(db => db.VolumeChanges.CountAsync()));
    }

    [Fact]
    public async Task An_unknown_element_posts_back_an_error_and_moves_no_slider()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var changesBefore = await app.WithDbAsync(db => db.VolumeChanges.CountAsync());

        var response = await librarian.ForgePostAsync("/ecosystem", "/ecosystem/Basement/volume", new() { ["volume"] = "StudentGenerated" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("That part of the library does not exist.", await BodyAsync(response), StringComparison.Ordinal);
        Assert.Equal(Volume.LibrarianGenerated, await VolumeOfAsync(EcosystemElement.Collection));
        Assert.Equal(changesBefore, await app.WithDbAsync(db => db.VolumeChanges.CountAsync()));
    }

    [Fact]
    public async Task The_collection_pages_show_the_agency_panel_with_the_current_volume()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var student = await TestBrowser.SignedInAsync(app, "tyler@school.test");
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        foreach (var url in new[] { "/catalog", "/requests" })
        {
            var panel = Slice(await student.ReadPageAsync(url), "data-testid=\"agency-panel\"", "</aside>");
            Assert.Contains("<strong>Collection</strong> is at <strong>Cocreated</strong>.", panel, StringComparison.Ordinal);
            Assert.Contains("suggest a purchase (book request)", panel, StringComparison.Ordinal);
            Assert.Contains("At Student-generated, students could also: vote on book requests", panel, StringComparison.Ordinal);

            var staffPanel = Slice(await librarian.ReadPageAsync(url), "data-testid=\"agency-panel\"", "</aside>");
            Assert.Contains("<strong>Collection</strong> is at <strong>Cocreated</strong>.", staffPanel, StringComparison.Ordinal);
            Assert.Contains("You can change this on the <a href=\"/ecosystem\">ecosystem page</a>.", staffPanel, StringComparison.Ordinal);
        }

        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        Assert.Contains("<strong>Collection</strong> is at <strong>Student-generated</strong>.", await student.ReadPageAsync("/catalog"), StringComparison.Ordinal);
    }

    private Task<Volume> VolumeOfAsync(EcosystemElement element) =>
        app.WithDbAsync(db => db.ElementVolumes.Where(setting => setting.Element == element).Select(setting => setting.Volume).SingleAsync());
}

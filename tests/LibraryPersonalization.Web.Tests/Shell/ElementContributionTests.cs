using AngleSharp.Html.Parser;
using LibraryPersonalization.Web.Tests.Authorization;
using LibraryPersonalization.Web.Infrastructure.Shell;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Shell;

/// <summary>Home, the ecosystem page and the menu show what the slices contribute, filtered by the policy for the person.</summary>
public class ElementContributionTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private const string CommitteeMember = "priya@school.test";

    public static TheoryData<string, Volume> PeopleAndVolumes()
    {
        var cases = new TheoryData<string, Volume>();
        foreach (var person in new[] { LibraryAppFactory.Student, CommitteeMember, LibraryAppFactory.Teacher })
        {
            foreach (var volume in Enum.GetValues<Volume>())
            {
                cases.Add(person, volume);
            }
        }

        return cases;
    }

    [Fact]
    public async Task A_student_not_on_the_selection_committee_is_not_offered_deciding_book_requests()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, CommitteeMember);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        using var member = await TestBrowser.SignedInAsync(app, CommitteeMember);

        var studentCanDo = await WhatYouCanDoAsync(student, EcosystemElement.Collection);
        var memberCanDo = await WhatYouCanDoAsync(member, EcosystemElement.Collection);

        Assert.DoesNotContain(studentCanDo, link => link.Text.StartsWith("Decide book requests", StringComparison.Ordinal));
        Assert.Contains(("Decide book requests within the student book budget", "/requests?status=open"), memberCanDo);
        Assert.Contains(("Vote on book requests", "/requests?status=open"), studentCanDo);
    }

    [Fact]
    public async Task A_teacher_is_told_how_reviews_publish_not_offered_a_setting_as_an_action()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var teacherCanDo = await WhatYouCanDoAsync(teacher, EcosystemElement.Collection);
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        var studentCanDo = await WhatYouCanDoAsync(student, EcosystemElement.Collection);

        Assert.DoesNotContain(teacherCanDo, link => link.Text.Contains("publish without approval", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(("Rate titles and write reviews (they publish at once)", "/catalog"), teacherCanDo);
        Assert.Contains(("Rate titles and write reviews (staff approve them first)", "/catalog"), studentCanDo);
    }

    [Theory]
    [MemberData(nameof(PeopleAndVolumes))]
    public async Task Every_what_you_can_do_link_opens_a_page_the_person_may_use(string person, Volume volume)
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, volume);
        await CollectionArrange.GrantCommitteeAsync(app, CommitteeMember);
        using var browser = await TestBrowser.SignedInAsync(app, person);

        var links = await WhatYouCanDoAsync(browser, EcosystemElement.Collection);

        Assert.NotEmpty(links);
        foreach (var (text, url) in links)
        {
            var response = await browser.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"\"{text}\" links to {url}, which answered {(int)response.StatusCode} to {person} at {volume}");
        }
    }

    [Fact]
    public async Task Book_requests_join_a_students_menu_once_the_volume_lets_them_take_part()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        var quiet = await MenuAsync(student);
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        var cocreated = await MenuAsync(student);

        Assert.Contains(("Catalog", "/catalog"), quiet);
        Assert.DoesNotContain(quiet, link => link.Text == "Book requests");
        Assert.DoesNotContain(quiet, link => link.Text == "Moderation");
        Assert.Contains(("Book requests", "/requests"), cocreated);
    }

    [Fact]
    public async Task Staff_see_how_much_work_waits_for_them()
    {
        var titleId = await CollectionArrange.FreshTitleAsync(app);
        await CollectionArrange.ReviewAsync(app, titleId, CollectionArrange.Supporter, CollectionArrange.Unique("Waiting "));
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        var home = await teacher.GetPageAsync("/");

        Assert.Equal(await app.WithDbAsync(db => db.Reviews.CountAsync(review => review.Status == ModerationStatus.Pending)), AttentionCount(home, "/moderation"));
        Assert.Equal(await app.WithDbAsync(db => db.TitleTags.CountAsync(tag => !tag.CheckedByStaff)), AttentionCount(home, "/moderation#tags"));
        Assert.Contains(("Moderation", "/moderation"), await MenuAsync(teacher));
    }

    [Fact]
    public async Task A_slice_registered_in_the_container_appears_on_home_the_ecosystem_page_and_the_menu()
    {
        await app.SetVolumeAsync(EcosystemElement.Makerspace, Volume.LibrarianGenerated);
        using var withMakerspace = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddScoped<IElementContribution, MakerspaceProbe>()));
        using var teacher = new TestBrowser(withMakerspace.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.LoginAsync(LibraryAppFactory.Teacher)).StatusCode);

        var home = await teacher.GetPageAsync("/");
        var menu = await MenuAsync(teacher);
        var canDo = await WhatYouCanDoAsync(teacher, EcosystemElement.Makerspace);
        var ecosystem = new HtmlParser().ParseDocument(await teacher.GetPageAsync("/ecosystem"));

        Assert.Equal(2, AttentionCount(home, "/catalog?maker=checkouts"));
        Assert.Contains("<strong>Makerspace</strong> is at <strong>Librarian-generated</strong>", home, StringComparison.Ordinal);
        Assert.Contains(("Maker tools", "/catalog?maker=tools"), menu);
        Assert.Equal([("See tools and design challenges", "/catalog?maker=tools")], canDo);
        Assert.Contains("5 tools checked out", ecosystem.QuerySelector("section[aria-labelledby=element-Makerspace]")!.TextContent.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    private static async Task<List<(string Text, string Url)>> WhatYouCanDoAsync(TestBrowser browser, EcosystemElement element)
    {
        var page = new HtmlParser().ParseDocument(await browser.GetPageAsync("/ecosystem"));
        var panel = page.QuerySelector($"section[aria-labelledby=element-{element}]");
        Assert.NotNull(panel);
        return panel.QuerySelectorAll("[data-testid=what-you-can-do] a").Select(link => (link.TextContent.Trim(), link.GetAttribute("href")!)).ToList();
    }

    private static async Task<List<(string Text, string Url)>> MenuAsync(TestBrowser browser)
    {
        var page = new HtmlParser().ParseDocument(await browser.GetPageAsync("/"));
        return page.QuerySelectorAll("nav[aria-label=Main] a").Select(link => (link.TextContent.Trim(), link.GetAttribute("href")!)).ToList();
    }

    /// <summary>A stand-in for the Makerspace slice, registered only in this test's host.</summary>
    private sealed class MakerspaceProbe : IElementContribution
    {
        public EcosystemElement Element => EcosystemElement.Makerspace;

        public IEnumerable<ShellLink> Navigation(Actor actor, Volume volume) => [new("Maker tools", "/catalog?maker=tools", GatedAction.ViewMakerspace)];

        public IEnumerable<ShellLink> ActionLinks(Actor actor, Volume volume) =>
        [
            ShellLink.For(GatedAction.ViewMakerspace, "/catalog?maker=tools"),
            ShellLink.For(GatedAction.ManageMediaLabSchedule, "/catalog?maker=schedule"),
        ];

        public Task<IReadOnlyList<AttentionItem>> NeedsAttentionAsync(Actor actor, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AttentionItem>>([new(2, "tool checkouts to approve", "/catalog?maker=checkouts")]);

        public Task<IReadOnlyList<ParticipationFigure>> ParticipationAsync(DateRange range, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ParticipationFigure>>([new("tools checked out", 5)]);

        public Task<IReadOnlyList<PersonalList>> PersonalListsAsync(Actor actor, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PersonalList>>([]);
    }
}

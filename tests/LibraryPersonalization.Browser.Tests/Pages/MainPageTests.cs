using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LibraryPersonalization.Browser.Tests.Infrastructure;
using LibraryPersonalization.Domain.Catalog;
using LibraryPersonalization.Domain.Ecosystem;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LibraryPersonalization.Browser.Tests.Pages;

/// <summary>
/// Every main page, as the person it is for sees it: a full-page screenshot under artifacts/screenshots
/// and an axe-core scan that must find nothing serious or critical.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class MainPageTests(LibraryBrowserFixture fixture, ITestOutputHelper output) : IClassFixture<LibraryBrowserFixture>
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <param name="SignedInAs">null for a visitor who has not signed in.</param>
    /// <param name="Path">{title} stands for a demo title with published reviews that Maya has not reviewed; {request} for the open demo request Legendborn.</param>
    /// <param name="Heading">The page's h1, proof that the page rendered; {title} as in the path.</param>
    /// <param name="Status">The HTTP status the page answers with.</param>
    /// <param name="Collection">The Collection volume the page is seen at.</param>
    /// <param name="Arrange">What the reader does first so the page has something to show.</param>
    /// <param name="Reveal">What the reader opens on the page before it is captured and scanned.</param>
    private sealed record MainPage(
        string? SignedInAs,
        string Path,
        string Heading,
        int Status = 200,
        Volume Collection = Volume.LibrarianGenerated,
        Func<IPage, Task>? Arrange = null,
        Func<IPage, Task>? Reveal = null);

    private static readonly Dictionary<string, MainPage> MainPages = new()
    {
        ["login"] = new(null, "/account/login", "Sign in to the school library"),
        ["home-librarian"] = new(LibraryBrowserFixture.Librarian, "/", "Welcome, Ms. Alvarez"),
        ["home-teacher"] = new(LibraryBrowserFixture.Teacher, "/", "Welcome, Mr. Okafor"),
        ["home-student"] = new(LibraryBrowserFixture.Student, "/", "Welcome, Maya Chen"),
        ["catalog"] = new(LibraryBrowserFixture.Student, "/catalog", "Catalog"),
        ["catalog-search-narrowed"] = new(LibraryBrowserFixture.Student, "/catalog?q=magic&genre=Fantasy&decade=1990", "Catalog"),
        ["catalog-nothing-found"] = new(LibraryBrowserFixture.Student, "/catalog?q=hobitt", "Catalog"),
        ["title"] = new(LibraryBrowserFixture.Student, "/catalog/{title}", "{title}"),
        ["title-new"] = new(LibraryBrowserFixture.Librarian, "/catalog/new", "Add a title"),
        ["requests"] = new(LibraryBrowserFixture.Student, "/requests", "Book requests"),
        ["request"] = new(LibraryBrowserFixture.Student, "/requests/{request}", "Legendborn"),
        ["request-new"] = new(LibraryBrowserFixture.Student, "/requests/new", "Suggest a book for the library", Collection: Volume.Cocreated),
        ["shelves"] = new(LibraryBrowserFixture.Student, "/shelves", "Shelves"),
        ["ecosystem-librarian"] = new(LibraryBrowserFixture.Librarian, "/ecosystem", "Library ecosystem"),
        ["ecosystem-student"] = new(LibraryBrowserFixture.Student, "/ecosystem", "Library ecosystem"),
        ["moderation"] = new(LibraryBrowserFixture.Teacher, "/moderation", "Moderation"),
        ["accounts"] = new(LibraryBrowserFixture.Librarian, "/accounts", "Accounts", Reveal: page => page.GetByText("Manage", new() { Exact = true }).First.ClickAsync()),
        ["collection-settings"] = new(LibraryBrowserFixture.Librarian, "/collection/settings", "Collection settings"),
        ["audit"] = new(LibraryBrowserFixture.Librarian, "/audit", "Audit log", Arrange: MakeStaffChangesAsync),
        ["forbidden-volume-403"] = new(LibraryBrowserFixture.Student, "/requests/new", "Not available right now", Status: 403),
        ["denied-role-403"] = new(LibraryBrowserFixture.Student, "/accounts", "Not allowed", Status: 403),
    };

    /// <summary>Visible elements whose right edge passes the main column's content box (text that cannot wrap, too-wide tables).</summary>
    private const string OverflowingMainColumnScript = """
        () => {
          const main = document.querySelector('main');
          const limit = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight) + 1;
          return [...main.querySelectorAll('*')]
            .filter(element => element.checkVisibility({ visibilityProperty: true }) && element.getBoundingClientRect().right > limit)
            .map(element => `${element.tagName.toLowerCase()}${element.className ? '.' + element.className : ''} (right edge ${Math.round(element.getBoundingClientRect().right)}px > ${Math.round(limit)}px)`)
            .slice(0, 5);
        }
        """;

    public static TheoryData<string> PageNames => new(MainPages.Keys);

    [Theory]
    [MemberData(nameof(PageNames))]
    public async Task Main_page_renders_for_its_reader_within_its_column_with_no_serious_or_critical_axe_violations(string name)
    {
        var mainPage = MainPages[name];
        await fixture.App.SetVolumeAsync(EcosystemElement.Collection, mainPage.Collection);
        await using var context = mainPage.SignedInAs is null
            ? await fixture.NewContextAsync()
            : await fixture.NewSignedInContextAsync(mainPage.SignedInAs);
        var page = await context.NewPageAsync();
        if (mainPage.Arrange is not null)
        {
            await mainPage.Arrange(page);
        }

        var response = await page.GotoAsync(await ResolveAsync(mainPage.Path));
        Assert.Equal(mainPage.Status, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(await ResolveAsync(mainPage.Heading));
        if (mainPage.Reveal is not null)
        {
            await mainPage.Reveal(page);
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(name), FullPage = true });

        var overflowing = await page.EvaluateAsync<string[]>(OverflowingMainColumnScript);
        var scan = await page.RunAxe();
        output.WriteLine($"axe {scan.TestEngine?.Version} on {page.Url}: {scan.Passes.Length} rules passed, {scan.Violations.Length} violated, {scan.Incomplete.Length} need review");
        foreach (var violation in scan.Violations)
        {
            output.WriteLine($"violation: {Describe(violation)}");
        }

        foreach (var incomplete in scan.Incomplete)
        {
            output.WriteLine($"needs review: {Describe(incomplete)}");
        }

        var blocking = scan.Violations.Where(violation => BlockingImpacts.Contains(violation.Impact)).ToList();
        Assert.True(
            blocking.Count == 0 && overflowing.Length == 0,
            $"""
            {name} ({mainPage.Path}), screenshot {Screenshots.PathFor(name)}
            axe serious or critical violations: {(blocking.Count == 0 ? "none" : "\n" + string.Join("\n", blocking.Select(Describe)))}
            sticking out of the main column: {(overflowing.Length == 0 ? "nothing" : string.Join(", ", overflowing))}
            """);
    }

    /// <summary>A clean scan means something only if the scanner finds what is there: a page with known violations.</summary>
    [Fact]
    public async Task Axe_scan_reports_known_violations_so_a_clean_scan_is_meaningful()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Canary</title></head>
            <body><main><h1>Canary</h1><img src="cover.png"><input type="text">
            <p style="color:#bbb;background:#fff">Faint text</p></main></body></html>
            """);

        var scan = await page.RunAxe();

        var found = scan.Violations.Where(violation => BlockingImpacts.Contains(violation.Impact)).Select(violation => violation.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "image-alt", "label", "color-contrast" }, found);
    }

    /// <summary>The librarian makes a few audited changes, one of them with long details.</summary>
    private static async Task MakeStaffChangesAsync(IPage page)
    {
        await page.SetVolumeOnEcosystemPageAsync("Collection", "Cocreated", "Trying co-created requests this month");
        await page.SetVolumeOnEcosystemPageAsync("Collection", "Librarian-generated");
        await page.GotoAsync("/collection/settings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(page.Flash()).ToBeVisibleAsync();
    }

    private async Task<string> ResolveAsync(string text)
    {
        if (text.Contains("{title}", StringComparison.Ordinal))
        {
            var maya = await fixture.App.WithDbAsync(db => db.Users.Where(user => user.Email == LibraryBrowserFixture.Student).Select(user => user.Id).SingleAsync());
            var title = await fixture.App.WithDbAsync(db => db.Titles
                .Where(title => title.Reviews.Any(review => review.Status == ModerationStatus.Published) && !title.Reviews.Any(review => review.AuthorId == maya))
                .OrderBy(title => title.Id).Select(title => new { title.Id, title.Title }).FirstAsync());
            return text.Replace("/catalog/{title}", $"/catalog/{title.Id.ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal)
                .Replace("{title}", title.Title, StringComparison.Ordinal);
        }

        if (text.Contains("{request}", StringComparison.Ordinal))
        {
            var requestId = await fixture.App.WithDbAsync(db => db.BookRequests.Where(request => request.Title == "Legendborn").Select(request => request.Id).SingleAsync());
            return text.Replace("{request}", requestId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    private static string Describe(AxeResultItem violation)
    {
        var text = new StringBuilder($"[{violation.Impact}] {violation.Id}: {violation.Help}");
        foreach (var node in violation.Nodes)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n    at {node.Target}: {node.Html}");
        }

        return text.ToString();
    }
}

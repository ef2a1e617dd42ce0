using System.Globalization;
using System.Text.RegularExpressions;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>A student finds books in the catalog: searching, filtering, paging, sorting, and reading a title's rating.</summary>
[Collection(JourneySteps.Collection)]
public partial class CatalogJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task Searching_a_title_word_in_any_case_finds_the_book()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var page = await BodyAsync(await student.SubmitAsync("/catalog", "Search", new() { ["Search title, author, ISBN, genre or subject"] = "hObBiT" }));

        Assert.Contains("The Hobbit", page, StringComparison.Ordinal);
        Assert.Contains("1 titles found", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_an_author_lists_every_book_by_that_author_and_only_books_matching_the_search()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var expected = await app.WithDbAsync(db => db.Titles.Where(title => title.Author == "Neal Shusterman").Select(title => title.Title).ToListAsync());
        Assert.NotEmpty(expected);

        var page = await student.ReadPageAsync("/catalog?q=shusterman");

        foreach (var title in expected)
        {
            Assert.Contains(title, page, StringComparison.Ordinal);
        }

        Assert.Contains("Scythe", page, StringComparison.Ordinal);
        Assert.DoesNotContain("The Hobbit", page, StringComparison.Ordinal);
        Assert.All(TableRows(page), row => Assert.Contains("Shusterman", row, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Searching_isbn_digits_finds_the_book_even_typed_with_hyphens()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var plain = await student.ReadPageAsync("/catalog?q=9781460506110");
        var hyphenated = await student.ReadPageAsync("/catalog?q=978-1-4605-0611-0");

        Assert.Contains("The Hobbit", plain, StringComparison.Ordinal);
        Assert.Contains("1 titles found", plain, StringComparison.Ordinal);
        Assert.Contains("The Hobbit", hyphenated, StringComparison.Ordinal);
        Assert.Contains("1 titles found", hyphenated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_by_genre_shows_only_that_genre_and_counts_all_of_it()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var poetry = await app.WithDbAsync(db => db.Titles.CountAsync(title => title.Genre == "Poetry"));

        var page = await BodyAsync(await student.SubmitAsync("/catalog", "Search", new() { ["Genre"] = "Poetry" }));

        Assert.Contains($"{poetry} titles found", page, StringComparison.Ordinal);
        var rows = TableRows(page);
        Assert.Equal(Math.Min(poetry, 20), rows.Count);
        Assert.All(rows, row => Assert.Contains("<td data-label=\"Genre\">Poetry</td>", row, StringComparison.Ordinal));
        Assert.Contains("<option value=\"Poetry\" selected=\"selected\">", await student.GetPageAsync("/catalog?genre=Poetry"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_a_subject_finds_books_about_it()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var page = await student.ReadPageAsync("/catalog?q=dragons");

        Assert.Contains("The Hobbit", page, StringComparison.Ordinal);
        Assert.Contains("Eragon", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Scythe", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_shows_twenty_titles_a_page_and_page_two_shows_different_titles()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var first = await student.ReadPageAsync("/catalog");
        var second = await student.ReadPageAsync("/catalog?page=2");

        Assert.Contains("345 titles found", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 18", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 18", second, StringComparison.Ordinal);
        var firstTitles = TitleLinks(first);
        var secondTitles = TitleLinks(second);
        Assert.Equal(20, firstTitles.Count);
        Assert.Equal(20, secondTitles.Count);
        Assert.Empty(firstTitles.Intersect(secondTitles));
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);

        var last = await student.ReadPageAsync("/catalog?page=18");
        Assert.Equal(345 - (17 * 20), TitleLinks(last).Count);
    }

    [Fact]
    public async Task Sorting_by_newest_puts_the_most_recent_year_first()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var newestYear = await app.WithDbAsync(db => db.Titles.MaxAsync(title => title.Year));
        var oldestYear = await app.WithDbAsync(db => db.Titles.MinAsync(title => title.Year));

        var byTitle = Years(await student.ReadPageAsync("/catalog"));
        var byNewest = Years(await BodyAsync(await student.SubmitAsync("/catalog", "Search", new() { ["Sort by"] = "Newest" })));

        Assert.Equal(newestYear, byNewest[0]);
        Assert.Equal(byNewest.OrderByDescending(year => year).ToList(), byNewest);
        Assert.NotEqual(byTitle, byNewest);
        Assert.DoesNotContain(oldestYear, byNewest);
    }

    [Fact]
    public async Task A_title_page_averages_only_published_reviews()
    {
        var (titleId, title) = await UntouchedTitleAsync(app);
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        using var priya = await TestBrowser.SignedInAsync(app, "priya@school.test");
        RedirectTarget(await priya.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "5 stars", ["Review (optional)"] = "Loved every page." }));
        using var diego = await TestBrowser.SignedInAsync(app, "diego@school.test");
        RedirectTarget(await diego.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "4 stars", ["Review (optional)"] = "Really good." }));

        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        using var amara = await TestBrowser.SignedInAsync(app, "amara@school.test");
        RedirectTarget(await amara.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "1 star", ["Review (optional)"] = "Not for me." }));

        using var reader = await TestBrowser.SignedInAsync(app, "kenji@school.test");
        var page = await reader.ReadPageAsync($"/catalog/{titleId}");

        Assert.Contains("data-testid=\"average-rating\">4.5 / 5</strong> from 2 published reviews", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Not for me.", page, StringComparison.Ordinal);
        var listing = await reader.ReadPageAsync($"/catalog?q={Uri.EscapeDataString(title)}");
        Assert.Contains("4.5 / 5 (2)", listing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_by_highest_rated_puts_a_title_first_once_the_librarian_publishes_its_five_star_review()
    {
        var (titleId, _) = await UntouchedTitleAsync(app, skip: 3);
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        using var reviewer = await TestBrowser.SignedInAsync(app, "sofia@school.test");
        RedirectTarget(await reviewer.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "5 stars", ["Review (optional)"] = "The best book I read this year." }));
        using var reader = await TestBrowser.SignedInAsync(app, "zara@school.test");
        Assert.DoesNotContain($"/catalog/{titleId}\"", Slice(await reader.ReadPageAsync("/catalog?sort=Rating"), "<tbody>", "</tbody>"), StringComparison.Ordinal);

        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var reviewId = await app.WithDbAsync(db => db.Reviews.Where(review => review.TitleId == titleId).Select(review => review.Id).SingleAsync());
        RedirectTarget(await librarian.SubmitAsync(await Authorization.CollectionArrange.ModerationPageOfAsync(app, reviewId), "Publish", near: "The best book I read this year."));

        var topRated = TitleLinks(await reader.ReadPageAsync("/catalog?sort=Rating"));
        var fiveStarTitles = await app.WithDbAsync(db => db.Titles.CountAsync(title => title.RatingCount > 0 && title.RatingTotal == 5 * title.RatingCount));
        Assert.Contains(titleId.ToString(CultureInfo.InvariantCulture), topRated.Take(fiveStarTitles));
    }

    private static List<string> TitleLinks(string page) =>
        TableRows(page).Select(row => TitleLinkPattern().Match(row).Groups[1].Value).ToList();

    private static List<int> Years(string page) =>
        TableRows(page).Select(row => int.Parse(YearPattern().Match(row).Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex("<a href=\"/catalog/(\\d+)\">")]
    private static partial Regex TitleLinkPattern();

    [GeneratedRegex("<td data-label=\"Year\">(\\d{4})</td>")]
    private static partial Regex YearPattern();
}

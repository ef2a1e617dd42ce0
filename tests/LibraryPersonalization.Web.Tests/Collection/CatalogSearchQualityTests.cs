using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LibraryPersonalization.Web.Features.Collection;

namespace LibraryPersonalization.Web.Tests.Collection;

/// <summary>
/// The catalog a reader searches: the demo school's titles plus crafted near-misses that a substring match or a
/// careless ranking would put first. Each test names what a reader types and what they must see first.
/// </summary>
public class CatalogSearchQualityTests(CatalogSearchQualityTests.CraftedCatalog app) : IClassFixture<CatalogSearchQualityTests.CraftedCatalog>
{
    [Theory]
    [InlineData("the hobbit", "The Hobbit")]
    [InlineData("The Hobbit", "The Hobbit")]
    [InlineData("scythe", "Scythe")]
    public async Task An_exact_title_ranks_first(string typed, string expected)
    {
        var titles = await ResultTitlesAsync(typed);

        Assert.Equal(expected, titles[0]);
        Assert.Contains("The Hobbit Companion", await ResultTitlesAsync("hobbit"));
    }

    [Fact]
    public async Task An_author_search_lists_that_authors_books_first_not_a_title_one_letter_away()
    {
        var results = await ResultRowsAsync("rowling");

        var rowlingBooks = results.TakeWhile(row => row.Author == "J.K. Rowling").Count();
        Assert.True(rowlingBooks >= 3, $"Expected Rowling's books first, got: {string.Join(" | ", results.Select(row => row.Title))}");
    }

    [Fact]
    public async Task A_subject_search_ranks_titles_about_it_above_a_passing_mention()
    {
        var titles = await ResultTitlesAsync("volcanoes");

        Assert.Equal("Fire Mountains", titles[0]);
        Assert.Contains("Summer at the Lake", titles);
        Assert.True(titles.IndexOf("Fire Mountains") < titles.IndexOf("Summer at the Lake"));
    }

    [Theory]
    [InlineData("harry poter")]
    [InlineData("hary potter")]
    [InlineData("Harry Potter")]
    public async Task Harry_Potter_comes_first_even_misspelt(string typed)
    {
        var titles = await ResultTitlesAsync(typed);

        Assert.StartsWith("Harry Potter", titles[0], StringComparison.Ordinal);
        Assert.StartsWith("Harry Potter", titles[1], StringComparison.Ordinal);
        Assert.True(titles.IndexOf("The Potter and the Clay") > 1, $"The near-miss ranked too high: {string.Join(" | ", titles)}");
    }

    [Theory]
    [InlineData("pokemon")]
    [InlineData("Pokémon")]
    [InlineData("POKEMON")]
    public async Task Accents_and_letter_case_do_not_matter(string typed)
    {
        var titles = await ResultTitlesAsync(typed);

        Assert.All(titles.Take(2), title => Assert.StartsWith("Pokémon", title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unaccented_word_finds_an_accented_title_and_back()
    {
        Assert.Equal("Café Stories from Lisboa", (await ResultTitlesAsync("cafe stories"))[0]);
        Assert.Equal("Naive Robots", (await ResultTitlesAsync("naïve robots"))[0]);
    }

    [Theory]
    [InlineData("harr", "Harry Potter")]
    [InlineData("tolk", "The Hobbit")]
    [InlineData("fire mount", "Fire Mountains")]
    public async Task A_word_still_being_typed_matches_as_a_prefix(string typed, string expectedStart)
    {
        Assert.StartsWith(expectedStart, (await ResultTitlesAsync(typed))[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1460506111")]
    [InlineData("1-4605-0611-1")]
    [InlineData("978-1-4605-0611-0")]
    public async Task Isbn_10_and_isbn_13_find_the_one_title(string typed)
    {
        Assert.Equal(["The Hobbit"], await ResultTitlesAsync(typed));
    }

    [Fact]
    public async Task Facets_count_the_results_and_narrow_them()
    {
        using var reader = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var all = await ParseAsync(await reader.GetPageAsync("/catalog?q=zeppelins"));

        Assert.Equal("3 titles found", ResultCount(all));
        Assert.Equal(["Science (2)", "History (1)"], FacetLinks(all, "Genre"));
        Assert.Equal(["2000s (2)", "1990s (1)"], FacetLinks(all, "Published"));
        Assert.Equal(["Grades 6–8 (2)", "Grades 9–12 (1)"], FacetLinks(all, "Reading level"));
        Assert.Contains("airships (3)", FacetLinks(all, "Subject"));

        var science = await ParseAsync(await reader.GetPageAsync(FacetHref(all, "Genre", "Science")));
        Assert.Equal("2 titles found", ResultCount(science));
        Assert.Equal(["2000s (1)", "1990s (1)"], FacetLinks(science, "Published"));
        Assert.Contains("Genre: Science", science.QuerySelector("[aria-label='Narrowed to']")!.TextContent, StringComparison.Ordinal);

        var nineties = await ParseAsync(await reader.GetPageAsync(FacetHref(science, "Published", "1990s")));
        Assert.Equal(["Zeppelins Over the Bay"], Titles(nineties));

        var removed = await ParseAsync(await reader.GetPageAsync(nineties.QuerySelectorAll("[aria-label='Narrowed to'] a").OfType<IHtmlAnchorElement>().First().GetAttribute("href")!));
        Assert.Equal(["Zeppelins Over the Bay"], Titles(removed));
        Assert.Equal(["Science (1)"], FacetLinks(removed, "Genre"));
        Assert.Null(removed.QuerySelector("[aria-label='Narrowed to']")?.TextContent.Contains("Genre", StringComparison.Ordinal) is true ? "genre still applied" : null);
    }

    [Fact]
    public async Task Nothing_found_suggests_the_nearest_words()
    {
        using var reader = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var page = await ParseAsync(await reader.GetPageAsync("/catalog?q=hobitt"));

        Assert.Equal("0 titles found", ResultCount(page));
        var suggestion = page.QuerySelector("[data-testid='did-you-mean'] a") as IHtmlAnchorElement;
        Assert.NotNull(suggestion);
        Assert.Equal("hobbit", suggestion.TextContent);
        Assert.Contains("The Hobbit", Titles(await ParseAsync(await reader.GetPageAsync(suggestion.GetAttribute("href")!))));
    }

    [Fact]
    public async Task Filters_that_leave_nothing_offer_the_search_without_them()
    {
        using var reader = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var page = await ParseAsync(await reader.GetPageAsync("/catalog?q=zeppelins&genre=Poetry"));

        Assert.Equal("0 titles found", ResultCount(page));
        var without = page.QuerySelectorAll("a").OfType<IHtmlAnchorElement>().Single(link => link.TextContent == "Search without the filters");
        Assert.Equal("3 titles found", ResultCount(await ParseAsync(await reader.GetPageAsync(without.GetAttribute("href")!))));
    }

    [Fact]
    public async Task The_index_follows_a_new_title_an_edit_a_tag_a_rating_and_a_removal()
    {
        var word = $"quokka{Guid.NewGuid():N}"[..14];
        var id = await app.WithDbAsync(async db =>
        {
            var title = Crafted($"The {word} Field Notes", "Ana Ortiz", "Science", "animals", 2020, "6-8", "Notes from an island.");
            db.Titles.Add(title);
            await db.SaveChangesAsync();
            return title.Id;
        });
        Assert.Equal([$"The {word} Field Notes"], await ResultTitlesAsync(word));

        await app.WithDbAsync(async db =>
        {
            var title = await db.Titles.SingleAsync(title => title.Id == id);
            title.Title = $"Island Field Notes {word}x";
            await db.SaveChangesAsync();
        });
        Assert.Empty(await ResultTitlesAsync($"the {word} field"));
        Assert.Equal([$"Island Field Notes {word}x"], await ResultTitlesAsync($"{word}x"));

        var tag = $"marsupial{Guid.NewGuid():N}"[..16];
        await app.WithDbAsync(async db =>
        {
            db.TitleTags.Add(new TitleTag { TitleId = id, Tag = tag, AddedById = await app.UserIdAsync(LibraryAppFactory.Student), AddedByName = "Maya", AddedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });
        Assert.Equal([$"Island Field Notes {word}x"], await ResultTitlesAsync(tag));

        var rival = await app.WithDbAsync(async db =>
        {
            var title = Crafted($"Rival {word}x Notes", "Ben Ortiz", "Science", "animals", 2020, "6-8", "Also notes.");
            db.Titles.Add(title);
            await db.SaveChangesAsync();
            await db.CountPublishedRatingAsync(title.Id, 2, CancellationToken.None);
            await db.SaveChangesAsync();
            return title.Id;
        });
        await app.WithDbAsync(async db =>
        {
            await db.CountPublishedRatingAsync(id, 5, CancellationToken.None);
            await db.SaveChangesAsync();
        });
        Assert.Equal([$"Island Field Notes {word}x", $"Rival {word}x Notes"], await ResultTitlesAsync($"{word}x", "&sort=Rating"));
        await app.WithDbAsync(async db =>
        {
            await db.UncountPublishedRatingAsync(id, 5, CancellationToken.None);
            await db.CountPublishedRatingAsync(id, 1, CancellationToken.None);
            await db.SaveChangesAsync();
        });
        Assert.Equal([$"Rival {word}x Notes", $"Island Field Notes {word}x"], await ResultTitlesAsync($"{word}x", "&sort=Rating"));

        await app.WithDbAsync(async db =>
        {
            db.Titles.Remove(await db.Titles.SingleAsync(title => title.Id == rival));
            await db.SaveChangesAsync();
        });
        Assert.Equal([$"Island Field Notes {word}x"], await ResultTitlesAsync($"{word}x"));
    }

    [Fact]
    public async Task The_genre_filter_lists_a_new_genre_and_drops_it_with_its_last_title()
    {
        var genre = $"Solarpunk {Guid.NewGuid():N}"[..18];
        Assert.DoesNotContain(genre, await GenreOptionsAsync());

        var id = await app.WithDbAsync(async db =>
        {
            var title = Crafted("Green Roofs Rising", "Lena Park", genre, "cities", 2023, "9-12", "A city grows gardens.");
            db.Titles.Add(title);
            await db.SaveChangesAsync();
            return title.Id;
        });
        Assert.Contains(genre, await GenreOptionsAsync());

        await app.WithDbAsync(async db =>
        {
            db.Titles.Remove(await db.Titles.SingleAsync(title => title.Id == id));
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(genre, await GenreOptionsAsync());
    }

    private async Task<List<string>> GenreOptionsAsync()
    {
        using var reader = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var page = await ParseAsync(await reader.GetPageAsync("/catalog?q=road"));
        return page.QuerySelectorAll("select#genre option").Select(option => option.TextContent).ToList();
    }

    private static CatalogTitle Crafted(string title, string author, string genre, string subjects, int year, string level, string summary, string? series = null) => new()
    {
        Title = title,
        Author = author,
        Isbn = "977" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture),
        Genre = genre,
        Subjects = subjects,
        Year = year,
        Publisher = "Crafted Press",
        Summary = summary,
        Series = series,
        ReadingLevel = level,
    };

    private async Task<List<string>> ResultTitlesAsync(string typed, string more = "") =>
        (await ResultRowsAsync(typed, more)).Select(row => row.Title).ToList();

    private async Task<List<(string Title, string Author)>> ResultRowsAsync(string typed, string more = "")
    {
        using var reader = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var page = await ParseAsync(await reader.GetPageAsync($"/catalog?q={Uri.EscapeDataString(typed)}{more}"));
        return page.QuerySelectorAll("tbody tr")
            .Select(row => (row.QuerySelector("td[data-label='Title'] a")!.TextContent, row.QuerySelector("td[data-label='Author']")!.TextContent))
            .ToList();
    }

    private static List<string> Titles(IHtmlDocument page) => page.QuerySelectorAll("tbody td[data-label='Title'] a").Select(link => link.TextContent).ToList();

    private static string ResultCount(IHtmlDocument page) => page.QuerySelector("[data-testid='result-count']")!.TextContent;

    private static List<string> FacetLinks(IHtmlDocument page, string facet) =>
        FacetList(page, facet).Select(link => string.Join(' ', link.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();

    private static string FacetHref(IHtmlDocument page, string facet, string value) =>
        FacetList(page, facet).Single(link => link.TextContent.StartsWith(value + " ", StringComparison.Ordinal)).GetAttribute("href")!;

    private static IEnumerable<IHtmlAnchorElement> FacetList(IHtmlDocument page, string facet)
    {
        var heading = page.QuerySelectorAll("nav[aria-label='Narrow the results'] h3").SingleOrDefault(heading => heading.TextContent == facet);
        return heading?.NextElementSibling?.QuerySelectorAll("a").OfType<IHtmlAnchorElement>() ?? [];
    }

    private static async Task<IHtmlDocument> ParseAsync(string html) => await new HtmlParser().ParseDocumentAsync(html);

    /// <summary>The demo school plus near-misses: a title one letter from an author, a potter named Harry, a lake with a volcano in its summary.</summary>
    public sealed class CraftedCatalog : LibraryAppFactory, IAsyncLifetime
    {
        public async Task InitializeAsync() =>
            await WithDbAsync(async db =>
            {
                db.Titles.AddRange(
                    Crafted("The Hobbit Companion", "David Day", "Reference", "tolkien, middle-earth", 1997, "9-12", "A guide to the places and peoples of the hobbit's world, for readers of The Hobbit."),
                    Crafted("Bilbo's Road", "Ann Gray", "Fantasy", "journeys", 2012, "6-8", "The hobbit the hobbit the hobbit: a walking tour."),
                    Crafted("Rolling Thunder Road", "Mae Quinn", "Realistic Fiction", "trucks, family", 2018, "6-8", "A summer on the road."),
                    Crafted("The Potter and the Clay", "Harry Lime", "Art", "pottery, craft", 2005, "9-12", "A potter teaches a boy named Harry to throw a bowl."),
                    Crafted("Fire Mountains", "Iris Stone", "Science", "volcanoes, earth science", 2015, "3-5", "How mountains of fire are born."),
                    Crafted("Summer at the Lake", "Jo Park", "Realistic Fiction", "friendship, summer", 2019, "6-8", "Far from any volcanoes, two cousins spend a summer at the lake."),
                    Crafted("Café Stories from Lisboa", "Rui Sá", "Realistic Fiction", "portugal, food", 2021, "9-12", "Short stories told over coffee."),
                    Crafted("Naive Robots", "Lena Kraus", "Science Fiction", "robots, trust", 2022, "6-8", "Robots who believe everything they are told."),
                    Crafted("Zeppelins Over the Bay", "Otto Lang", "Science", "zeppelins, airships", 1995, "6-8", "The age of the great airships."),
                    Crafted("Building Zeppelins", "Otto Lang", "Science", "zeppelins, airships, engineering", 2003, "6-8", "How rigid airships were built."),
                    Crafted("The Last Zeppelin", "Ida Berg", "History", "zeppelins, airships, disasters", 2008, "9-12", "The final flights of the passenger airships."));
                await db.SaveChangesAsync();
            });

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}

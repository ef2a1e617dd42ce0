using System.Text.RegularExpressions;
using LibraryPersonalization.Data;
using LibraryPersonalization.Web.Features.Collection;
using LibraryPersonalization.Web.Infrastructure;
using LibraryPersonalization.Web.Tests.Authorization;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>A much-reviewed title's page shows the same average as the catalog, over every published review, and pages through them all.</summary>
[Collection(JourneySteps.Collection)]
public class TitleRatingJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_title_page_averages_every_published_review_and_pages_back_to_the_oldest()
    {
        var titleId = await CollectionArrange.FreshTitleAsync(app, CollectionArrange.Unique("Much Reviewed "));
        const int early = 10;
        const int later = 50;
        await PublishReviewsAsync(titleId, early + later, index => index < early ? 1 : 5);
        using var reader = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var page = await reader.ReadPageAsync($"/catalog/{titleId}");

        Assert.Contains($"data-testid=\"average-rating\">4.3 / 5</strong> from {early + later} published reviews", page, StringComparison.Ordinal);
        Assert.Equal(Paging.DefaultPageSize, page.Split("data-testid=\"review\"").Length - 1);
        Assert.Contains($"<strong>Reader {early + later - 1}</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 3", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>Reader 0</strong>", page, StringComparison.Ordinal);

        var secondPage = await reader.ReadPageAsync(LinkWithRel(page, "next"));
        var lastPage = await reader.ReadPageAsync(LinkWithRel(secondPage, "next"));
        Assert.Contains("Page 3 of 3", lastPage, StringComparison.Ordinal);
        Assert.Equal(Paging.DefaultPageSize, lastPage.Split("data-testid=\"review\"").Length - 1);
        Assert.Contains("<strong>Reader 0</strong>", lastPage, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", lastPage, StringComparison.Ordinal);

        var title = await app.WithDbAsync(db => db.Titles.Where(title => title.Id == titleId).Select(title => title.Title).SingleAsync());
        Assert.Contains($"4.3 / 5 ({early + later})", Slice(await reader.ReadPageAsync($"/catalog?q={Uri.EscapeDataString(title)}"), "<tbody>", "</tbody>"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_on_many_shelves_names_the_first_in_order_and_counts_the_rest()
    {
        var titleId = await CollectionArrange.FreshTitleAsync(app, CollectionArrange.Unique("Much Shelved "));
        var curatorId = await app.UserIdAsync(LibraryAppFactory.Student);
        var names = Enumerable.Range(1, TitleDetails.ShelvesNamed + 3).Select(number => $"Shelf {titleId}-{number:00}").ToList();
        await app.WithDbAsync(db =>
        {
            foreach (var name in names)
            {
                var shelf = new Shelf { Name = name, Description = "Arranged.", CuratorId = curatorId, CuratorName = "Maya", CreatedAt = DateTimeOffset.UtcNow };
                shelf.Items.Add(new ShelfItem { TitleId = titleId, AddedAt = DateTimeOffset.UtcNow });
                db.Shelves.Add(shelf);
            }

            return db.SaveChangesAsync();
        });
        using var reader = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);

        var page = await reader.ReadPageAsync($"/catalog/{titleId}");

        Assert.Contains($">{names[TitleDetails.ShelvesNamed - 1]}</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain($">{names[TitleDetails.ShelvesNamed]}</a>", page, StringComparison.Ordinal);
        Assert.Contains(" and 3 more (<a href=\"/shelves\">all shelves</a>)", page, StringComparison.Ordinal);
    }

    /// <summary>The address of the pager's link with this rel, as the page rendered it.</summary>
    private static string LinkWithRel(string page, string rel) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"<a href=\"([^\"]+)\" rel=\"{rel}\"").Groups[1].Value);

    /// <summary>Published reviews by new readers, oldest first, counted into the title's totals as publishing does.</summary>
    private Task PublishReviewsAsync(int titleId, int count, Func<int, int> ratingOf) =>
        app.WithDbAsync(async db =>
        {
            var start = DateTimeOffset.UtcNow.AddDays(-count);
            for (var index = 0; index < count; index++)
            {
                var reader = new ApplicationUser { UserName = $"reader{index}.{titleId}@school.test", Email = $"reader{index}.{titleId}@school.test", DisplayName = $"Reader {index}" };
                db.Users.Add(reader);
                db.Reviews.Add(new Review
                {
                    TitleId = titleId,
                    AuthorId = reader.Id,
                    AuthorName = reader.DisplayName,
                    Rating = ratingOf(index),
                    Text = "Arranged review.",
                    Status = ModerationStatus.Published,
                    CreatedAt = start.AddDays(index),
                });
                await db.CountPublishedRatingAsync(titleId, ratingOf(index), CancellationToken.None);
            }

            await db.SaveChangesAsync();
        });
}

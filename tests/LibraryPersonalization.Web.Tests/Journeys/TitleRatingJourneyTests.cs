using LibraryPersonalization.Data;
using LibraryPersonalization.Web.Features.Collection;
using LibraryPersonalization.Web.Tests.Authorization;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>A much-reviewed title's page shows the same average as the catalog, over every published review.</summary>
[Collection(JourneySteps.Collection)]
public class TitleRatingJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_title_page_averages_every_published_review_not_only_the_latest_shown()
    {
        var titleId = await CollectionArrange.FreshTitleAsync(app, CollectionArrange.Unique("Much Reviewed "));
        const int early = 10;
        const int shown = TitleDetails.LatestReviewsShown;
        await PublishReviewsAsync(titleId, early + shown, index => index < early ? 1 : 5);
        using var reader = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var page = await reader.ReadPageAsync($"/catalog/{titleId}");

        Assert.Contains($"data-testid=\"average-rating\">4.3 / 5</strong> from {early + shown} published reviews", page, StringComparison.Ordinal);
        Assert.Contains($"The latest {shown} of {early + shown} published reviews.", page, StringComparison.Ordinal);
        Assert.Equal(shown, page.Split("data-testid=\"review\"").Length - 1);
        var title = await app.WithDbAsync(db => db.Titles.Where(title => title.Id == titleId).Select(title => title.Title).SingleAsync());
        Assert.Contains($"4.3 / 5 ({early + shown})", Slice(await reader.ReadPageAsync($"/catalog?q={Uri.EscapeDataString(title)}"), "<tbody>", "</tbody>"), StringComparison.Ordinal);
    }

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

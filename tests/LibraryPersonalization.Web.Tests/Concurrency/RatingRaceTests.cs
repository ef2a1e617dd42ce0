namespace LibraryPersonalization.Web.Tests.Concurrency;

/// <summary>Ratings published at the same moment all count in the title's totals the catalog sorts by.</summary>
public abstract class RatingRaceTests(LibraryAppFactory app)
{
    private static readonly string[] Students =
    [
        "maya@school.test", "jonah@school.test", "priya@school.test", "diego@school.test",
        "amara@school.test", "liam@school.test", "sofia@school.test", "kenji@school.test",
    ];

    [Fact]
    public async Task Eight_reviews_published_in_parallel_all_count_toward_the_titles_rating()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        var titleId = await app.WithDbAsync(db => db.Titles.Where(title => !title.Reviews.Any()).OrderBy(title => title.Id).Select(title => title.Id).FirstAsync());
        var readers = await Task.WhenAll(Students.Select(email => TestBrowser.SignedInAsync(app, email)));

        var reviews = await Task.WhenAll(readers.Select(reader => reader.OpenFormAsync($"/catalog/{titleId}", "Post review")));
        var responses = await Task.WhenAll(reviews.Select((review, index) =>
            review.Fill("Rating", (1 + (index % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture)).Fill("Review (optional)", "Parallel").SubmitAsync()));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));
        var (count, total) = await app.WithDbAsync(async db =>
        {
            var title = await db.Titles.AsNoTracking().SingleAsync(title => title.Id == titleId);
            return (title.RatingCount, title.RatingTotal);
        });
        var published = await app.WithDbAsync(db => db.Reviews.Where(review => review.TitleId == titleId && review.Status == ModerationStatus.Published).Select(review => review.Rating).ToListAsync());
        Assert.Equal(8, published.Count);
        Assert.Equal(published.Count, count);
        Assert.Equal(published.Sum(), total);
        foreach (var reader in readers)
        {
            reader.Dispose();
        }
    }
}

public sealed class SqliteRatingRaceTests(LibraryAppFactory app) : RatingRaceTests(app), IClassFixture<LibraryAppFactory>;

[Collection(PostgresSuite.Name)]
public sealed class PostgreSqlRatingRaceTests(PostgresAppFactory app) : RatingRaceTests(app), IClassFixture<PostgresAppFactory>;

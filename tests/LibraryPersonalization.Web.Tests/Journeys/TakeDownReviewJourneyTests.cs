using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>At Student-generated reviews go up at once, so staff need to be able to take one down afterwards.</summary>
[Collection(JourneySteps.Collection)]
public class TakeDownReviewJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_teacher_takes_down_a_published_review_it_disappears_its_rating_stops_counting_and_the_author_is_told()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        var (titleId, _) = await UntouchedTitleAsync(app);
        const string text = "This review says something it should not.";
        using var author = await TestBrowser.SignedInAsync(app, "noor@school.test");
        RedirectTarget(await author.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "1 star", ["Review (optional)"] = text }));
        using var reader = await TestBrowser.SignedInAsync(app, "tyler@school.test");
        var before = await reader.ReadPageAsync($"/catalog/{titleId}");
        Assert.Contains(text, before, StringComparison.Ordinal);
        Assert.DoesNotContain("Take down this review", before, StringComparison.Ordinal);

        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        var titlePage = await teacher.ReadPageAsync($"/catalog/{titleId}");
        Assert.Contains("Take down this review", titlePage, StringComparison.Ordinal);
        var reviewId = await app.WithDbAsync(db => db.Reviews.Where(review => review.TitleId == titleId).Select(review => review.Id).SingleAsync());
        var studentTry = await reader.ForgePostAsync($"/catalog/{titleId}", $"/moderation/reviews/{reviewId}/hide", new() { ["titleId"] = "1" });
        Assert.Equal(HttpStatusCode.Forbidden, studentTry.StatusCode);
        Assert.Contains("is not open to students at any volume", WebUtility.HtmlDecode(await studentTry.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(text, await reader.ReadPageAsync($"/catalog/{titleId}"), StringComparison.Ordinal);

        var takenDown = await teacher.SubmitAsync($"/catalog/{titleId}", "Take down this review", near: text);

        Assert.Equal($"/catalog/{titleId}", RedirectTarget(takenDown));
        var after = await reader.ReadPageAsync($"/catalog/{titleId}");
        Assert.DoesNotContain(text, after, StringComparison.Ordinal);
        Assert.Contains("not yet rated", after, StringComparison.Ordinal);
        Assert.Equal((0, 0), await app.WithDbAsync(db => db.Titles.Where(title => title.Id == titleId).Select(title => new ValueTuple<int, int>(title.RatingCount, title.RatingTotal)).SingleAsync()));
        Assert.Contains("took down your review", await author.ReadPageAsync("/"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(entry => entry.Action == "Collection.HideReview")));

    }
}

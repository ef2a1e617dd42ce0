using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>Students review titles; at Librarian-generated the librarian (or a teacher) approves them first.</summary>
[Collection(JourneySteps.Collection)]
public class ReviewJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_held_review_waits_in_the_queue_for_staff_and_once_published_everyone_sees_it_and_the_author_is_told()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        var (titleId, title) = await UntouchedTitleAsync(app, skip: 0);
        const string text = "The twist in chapter nine made me reread the whole thing.";

        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var posted = await maya.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "5 stars", ["Review (optional)"] = text });
        var ownView = await maya.FollowAsync(posted);
        Assert.Contains("will appear once approved", ownView, StringComparison.Ordinal);
        Assert.Contains("You rated this 5/5 — waiting for the librarian's approval.", ownView, StringComparison.Ordinal);
        Assert.Contains("waiting for approval", await maya.ReadPageAsync("/"), StringComparison.Ordinal);

        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        Assert.DoesNotContain(text, await jonah.ReadPageAsync($"/catalog/{titleId}"), StringComparison.Ordinal);

        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        Assert.Contains(text, await teacher.ReadPageAsync("/moderation"), StringComparison.Ordinal);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var queue = await librarian.ReadPageAsync("/moderation");
        Assert.Contains(text, queue, StringComparison.Ordinal);
        Assert.Contains($"<strong>Maya Chen</strong> on <a href=\"/catalog/{titleId}\">{title}</a>: 5/5", queue, StringComparison.Ordinal);

        var published = await librarian.SubmitAsync("/moderation", "Publish", near: text);
        Assert.Contains("Review published.", await librarian.FollowAsync(published), StringComparison.Ordinal);

        var otherStudentsView = await jonah.ReadPageAsync($"/catalog/{titleId}");
        Assert.Contains(text, otherStudentsView, StringComparison.Ordinal);
        Assert.Contains("5.0 / 5</strong> from 1 published reviews", otherStudentsView, StringComparison.Ordinal);
        var home = await maya.ReadPageAsync("/");
        Assert.Contains($"Your review of {title} is now published.", home, StringComparison.Ordinal);
        Assert.Contains("You rated this 5/5 — published.", await maya.ReadPageAsync($"/catalog/{titleId}"), StringComparison.Ordinal);
        Assert.DoesNotContain(text, await librarian.ReadPageAsync("/moderation"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_review_stays_hidden_and_its_author_is_told_it_was_not_published()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        var (titleId, title) = await UntouchedTitleAsync(app, skip: 1);
        const string text = "Spoiler: everyone in the book is secretly a robot.";

        using var priya = await TestBrowser.SignedInAsync(app, "priya@school.test");
        RedirectTarget(await priya.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "2 stars", ["Review (optional)"] = text }));
        using var teacher = await TestBrowser.SignedInAsync(app, "teacher.lindqvist@school.test");
        var rejected = await teacher.SubmitAsync("/moderation", "Reject", near: text);
        Assert.Contains("Review rejected.", await teacher.FollowAsync(rejected), StringComparison.Ordinal);

        using var reader = await TestBrowser.SignedInAsync(app, "diego@school.test");
        var page = await reader.ReadPageAsync($"/catalog/{titleId}");
        Assert.DoesNotContain(text, page, StringComparison.Ordinal);
        Assert.Contains("not yet rated", page, StringComparison.Ordinal);
        Assert.Contains($"Your review of {title} was not published.", await priya.ReadPageAsync("/"), StringComparison.Ordinal);
        Assert.Contains("You rated this 2/5 — not published.", await priya.ReadPageAsync($"/catalog/{titleId}"), StringComparison.Ordinal);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        Assert.DoesNotContain(text, await librarian.ReadPageAsync("/moderation"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    public async Task A_rating_outside_one_to_five_shows_the_title_page_again_with_the_error_and_saves_nothing(string rating)
    {
        var (titleId, title) = await UntouchedTitleAsync(app, skip: rating == "0" ? 2 : 3);
        using var student = await TestBrowser.SignedInAsync(app, "amara@school.test");

        var response = await student.ForgePostAsync($"/catalog/{titleId}", $"/catalog/{titleId}/reviews", new() { ["Rating"] = rating, ["Text"] = "Keep my words please." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BodyAsync(response);
        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Choose a rating from 1 to 5 stars.", page, StringComparison.Ordinal);
        Assert.Contains("Keep my words please.</textarea>", page, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Reviews.CountAsync(review => review.TitleId == titleId)));
    }

    [Fact]
    public async Task A_second_review_of_the_same_title_is_refused_with_a_message()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        var (titleId, _) = await UntouchedTitleAsync(app, skip: 4);
        using var student = await TestBrowser.SignedInAsync(app, "liam@school.test");
        var secondTab = await student.OpenFormAsync($"/catalog/{titleId}", "Post review");
        RedirectTarget(await student.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "3 stars", ["Review (optional)"] = "First thoughts." }));

        var again = await secondTab.Fill(new Dictionary<string, string> { ["Rating"] = "1 star", ["Review (optional)"] = "Second thoughts." }).SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("You have already reviewed this title.", await BodyAsync(again), StringComparison.Ordinal);
        var reviews = await app.WithDbAsync(db => db.Reviews.Where(review => review.TitleId == titleId).ToListAsync());
        var only = Assert.Single(reviews);
        Assert.Equal("First thoughts.", only.Text);
    }

    [Fact]
    public async Task At_student_generated_a_review_publishes_at_once()
    {
        var (titleId, _) = await UntouchedTitleAsync(app, skip: 5);
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        try
        {
            using var student = await TestBrowser.SignedInAsync(app, "sofia@school.test");
            var posted = await student.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "4 stars", ["Review (optional)"] = "Straight to the shelf talk." });
            var ownView = await student.FollowAsync(posted);
            Assert.Contains("Thanks! Your review is published.", ownView, StringComparison.Ordinal);
            Assert.Contains("You rated this 4/5 — published.", ownView, StringComparison.Ordinal);

            using var reader = await TestBrowser.SignedInAsync(app, "kenji@school.test");
            Assert.Contains("Straight to the shelf talk.", await reader.ReadPageAsync($"/catalog/{titleId}"), StringComparison.Ordinal);
            using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
            Assert.DoesNotContain("Straight to the shelf talk.", await librarian.ReadPageAsync("/moderation"), StringComparison.Ordinal);
            Assert.Equal(ModerationStatus.Published, await app.WithDbAsync(db => db.Reviews.Where(review => review.TitleId == titleId).Select(review => review.Status).SingleAsync()));
        }
        finally
        {
            await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        }
    }
}

using LibraryPersonalization.Domain.Tutorials;
using LibraryPersonalization.Web.Tests.Authorization;
using LibraryPersonalization.Web.Tests.Concurrency;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Web.Tests.Tutorials.TutorialArrange;

namespace LibraryPersonalization.Web.Tests.Tutorials;

/// <summary>Tutorial races through real HTTP: the version token, the rating key and the vote key make each change count once.</summary>
public abstract class TutorialRaceTests(LibraryAppFactory app)
{
    private const int Racers = 8;

    private static readonly string[] LostRace =
    [
        "Someone saved a newer version while you were editing.",
        "Someone else changed this at the same moment. Nothing was saved",
    ];

    [Fact]
    public async Task Two_editors_saving_from_the_same_version_at_once_save_one_new_version_and_the_other_is_told()
    {
        var id = await AddTutorialAsync(app, LibraryAppFactory.Student, CollectionArrange.Unique("Race tutorial "));
        using var okafor = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var bodies = new[] { "1. Mr. Okafor's step.", "1. Ms. Alvarez's step." };
        var forms = new[]
        {
            (await okafor.OpenFormAsync($"/tutorials/{id}/edit", "Save changes")).Fill(Steps, bodies[0]),
            (await librarian.OpenFormAsync($"/tutorials/{id}/edit", "Save changes")).Fill(Steps, bodies[1]),
        };

        var responses = await AllAtOnce.PostAsync(forms.Select(form => (Func<Task<HttpResponseMessage>>)form.SubmitAsync), 2);

        Assert.All(responses, response => CollectionArrange.AssertNoServerError(response, "parallel edits"));
        var saved = responses.Select((response, index) => (response, index)).Where(pair => pair.response.StatusCode == HttpStatusCode.Redirect).ToList();
        var winner = Assert.Single(saved).index;
        var loser = responses[1 - winner];
        Assert.Equal(HttpStatusCode.OK, loser.StatusCode);
        var told = await JourneySteps.BodyAsync(loser);
        Assert.True(LostRace.Any(message => told.Contains(message, StringComparison.Ordinal)), $"The losing editor was not told: {MatrixPages.Excerpt(told)}");
        var revisions = await RevisionsAsync(app, id);
        Assert.Equal([BodyOf(1), bodies[winner]], revisions.Select(revision => revision.Body));
        var tutorial = await TutorialAsync(app, id);
        Assert.Equal((2, bodies[winner]), (tutorial.LatestRevision, tutorial.Body));
    }

    [Fact]
    public async Task One_reader_sending_the_same_first_rating_eight_times_at_once_is_counted_once()
    {
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.Cocreated);
        var id = await AddTutorialAsync(app, LibraryAppFactory.OtherStudent, CollectionArrange.Unique("Race tutorial "));
        using var priya = await TestBrowser.SignedInAsync(app, Priya);
        var rate = (await priya.OpenFormAsync($"/tutorials/{id}", "Rate")).Fill("Your rating", "4");

        var responses = await AllAtOnce.PostAsync(Enumerable.Range(0, Racers).Select(_ => (Func<Task<HttpResponseMessage>>)rate.SubmitAsync), Racers);

        Assert.All(responses, response => CollectionArrange.AssertNoServerError(response, "parallel ratings"));
        var tutorial = await TutorialAsync(app, id);
        Assert.Equal((1, 4), (tutorial.RatingCount, tutorial.RatingTotal));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<TutorialRating>().CountAsync(rating => rating.TutorialId == id)));
    }

    [Fact]
    public async Task One_student_voting_eight_times_at_once_leaves_the_count_equal_to_the_votes_kept()
    {
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.Cocreated);
        var topic = CollectionArrange.Unique("Race request ");
        var request = await AddRequestAsync(app, LibraryAppFactory.OtherStudent, topic);
        using var priya = await TestBrowser.SignedInAsync(app, Priya);
        var priyaId = await app.UserIdAsync(Priya);
        var vote = await priya.OpenFormAsync("/tutorials/requests", $"I need this too: {topic}");

        var responses = await AllAtOnce.PostAsync(Enumerable.Range(0, Racers).Select(_ => (Func<Task<HttpResponseMessage>>)vote.SubmitAsync), Racers);

        Assert.All(responses, response => CollectionArrange.AssertNoServerError(response, "parallel votes"));
        var votes = await app.WithDbAsync(db => db.Set<TutorialRequestVote>().Where(row => row.TutorialRequestId == request).Select(row => row.UserId).ToListAsync());
        var priyas = votes.Count(userId => userId == priyaId);
        Assert.InRange(priyas, 0, 1);
        Assert.Equal(1 + priyas, votes.Count);
        Assert.Equal(votes.Count, (await RequestAsync(app, request)).VoteCount);
    }
}

public sealed class SqliteTutorialRaceTests(LibraryAppFactory app) : TutorialRaceTests(app), IClassFixture<LibraryAppFactory>;

/// <summary>PostgreSQL runs the racers' transactions side by side, which SQLite's single writer never does.</summary>
[Collection(PostgresSuite.Name)]
public sealed class PostgreSqlTutorialRaceTests(PostgresAppFactory app) : TutorialRaceTests(app), IClassFixture<PostgresAppFactory>;

using System.Globalization;
using LibraryPersonalization.Domain.Tutorials;
using LibraryPersonalization.Web.Tests.Authorization;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Web.Tests.Tutorials.Expect;
using static LibraryPersonalization.Web.Tests.Tutorials.TutorialArrange;

namespace LibraryPersonalization.Web.Tests.Tutorials;

/// <summary>Every tutorial action. "Own" is the student's own tutorial; staff take the same step on that student's tutorial.</summary>
public enum TutorialAction
{
    ReadPublished,
    ReadSomeonesDraft,
    Write,
    EditOwn,
    EditSomeoneElses,
    EditSomeonesDraft,
    PublishOwnDraft,
    RepublishTakenDown,
    Unpublish,
    ViewHistory,
    Compare,
    Restore,
    Rate,
    RateOwn,
    Comment,
    HideComment,
    RequestTutorial,
    VoteOnRequest,
    AnswerRequest,
}

/// <summary>What a person gets when they try one action.</summary>
public enum Expect
{
    Ok,

    /// <summary>404: the tutorial is not theirs to see, so for them it does not exist.</summary>
    Hidden,

    /// <summary>403, and the page names no volume: none would allow it.</summary>
    Never,

    /// <summary>403 naming Cocreated.</summary>
    NeedsCocreated,

    /// <summary>403 naming Student-generated.</summary>
    NeedsStudentGenerated,

    /// <summary>Allowed to try but refused by the step's own rule: sent back with the reason.</summary>
    Declined,
}

/// <summary>
/// Every tutorial action × volume × role over HTTP. Allowed: the person uses the page's own form (or opens the page) and
/// the change is written. Denied: the post is forged, refused (403 naming the volume that would allow it when one would,
/// or 404 where the tutorial must stay invisible) and nothing is written.
/// </summary>
public class TutorialsAuthorizationMatrixTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private const string RateOwnRefusal = "You wrote this tutorial: its readers rate it.";

    /// <summary>
    /// Transcribed by hand from the rules (not read from the policy code): for students, teachers and librarians, the
    /// outcome at Librarian-generated, Cocreated and Student-generated.
    /// </summary>
    private static readonly Dictionary<TutorialAction, (Expect[] Students, Expect[] Teachers, Expect[] Librarians)> Expected = new()
    {
        [TutorialAction.ReadPublished] = ([Ok, Ok, Ok], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.ReadSomeonesDraft] = ([Hidden, Hidden, Hidden], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.Write] = ([NeedsStudentGenerated, NeedsStudentGenerated, Ok], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.EditOwn] = ([NeedsStudentGenerated, NeedsStudentGenerated, Ok], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.EditSomeoneElses] = ([Never, Never, Never], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.EditSomeonesDraft] = ([Hidden, Hidden, Hidden], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.PublishOwnDraft] = ([NeedsStudentGenerated, NeedsStudentGenerated, Ok], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.RepublishTakenDown] = ([Never, Never, Never], [Never, Never, Never], [Ok, Ok, Ok]),
        [TutorialAction.Unpublish] = ([Never, Never, Never], [Never, Never, Never], [Ok, Ok, Ok]),
        [TutorialAction.ViewHistory] = ([NeedsStudentGenerated, NeedsStudentGenerated, Ok], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.Compare] = ([NeedsStudentGenerated, NeedsStudentGenerated, Ok], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.Restore] = ([NeedsStudentGenerated, NeedsStudentGenerated, Ok], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.Rate] = ([NeedsCocreated, Ok, Ok], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.RateOwn] = ([NeedsCocreated, Declined, Declined], [Declined, Declined, Declined], [Declined, Declined, Declined]),
        [TutorialAction.Comment] = ([NeedsCocreated, Ok, Ok], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.HideComment] = ([Never, Never, Never], [Never, Never, Never], [Ok, Ok, Ok]),
        [TutorialAction.RequestTutorial] = ([NeedsCocreated, Ok, Ok], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.VoteOnRequest] = ([NeedsCocreated, Ok, Ok], [Ok, Ok, Ok], [Ok, Ok, Ok]),
        [TutorialAction.AnswerRequest] = ([Never, Never, Never], [Never, Never, Never], [Ok, Ok, Ok]),
    };

    public static TheoryData<TutorialAction, Volume, LibraryRole> Cases()
    {
        var cases = new TheoryData<TutorialAction, Volume, LibraryRole>();
        foreach (var action in Enum.GetValues<TutorialAction>())
        {
            foreach (var volume in Enum.GetValues<Volume>())
            {
                foreach (var role in Enum.GetValues<LibraryRole>())
                {
                    cases.Add(action, volume, role);
                }
            }
        }

        return cases;
    }

    [Fact]
    public void The_table_covers_every_action_with_an_outcome_for_each_volume()
    {
        Assert.Equal(Enum.GetValues<TutorialAction>().Order(), Expected.Keys.Order());
        Assert.All(Expected.Values, row => Assert.All(new[] { row.Students, row.Teachers, row.Librarians }, outcomes => Assert.Equal(Enum.GetValues<Volume>().Length, outcomes.Length)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_tutorial_action_is_allowed_or_refused_exactly_as_the_rules_say(TutorialAction action, Volume volume, LibraryRole role)
    {
        var what = $"{action} by {role} at {volume}";
        var expected = ExpectedFor(action, role)[(int)volume];
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, volume);
        var email = role switch
        {
            LibraryRole.Librarian => LibraryAppFactory.Librarian,
            LibraryRole.Teacher => LibraryAppFactory.Teacher,
            _ => LibraryAppFactory.Student,
        };
        using var browser = await TestBrowser.SignedInAsync(app, email);
        var step = await ArrangeAsync(action, email);

        var response = expected == Ok ? await step.Use(browser) : await step.Forge(browser);

        CollectionArrange.AssertNoServerError(response, what);
        var body = await JourneySteps.BodyAsync(response);
        if (expected == Ok)
        {
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{what} should succeed but answered {(int)response.StatusCode}: {MatrixPages.Excerpt(body)}");
            Assert.True(await step.Written(response, body), $"{what} answered {(int)response.StatusCode} but did nothing: {MatrixPages.Excerpt(body)}");
            return;
        }

        if (expected == Declined)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what} should be sent back with the reason but answered {(int)response.StatusCode}: {MatrixPages.Excerpt(body)}");
            Assert.Contains(step.Declined!, await browser.FollowAsync(response), StringComparison.Ordinal);
        }
        else
        {
            var refusedWith = expected == Hidden ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
            Assert.True(response.StatusCode == refusedWith, $"{what} should be refused with {(int)refusedWith} but answered {(int)response.StatusCode}: {MatrixPages.Excerpt(body)}");
            Assert.DoesNotContain(step.Title, body, StringComparison.Ordinal);
            switch (expected)
            {
                case NeedsCocreated or NeedsStudentGenerated:
                    var opensAt = expected == NeedsCocreated ? Volume.Cocreated : Volume.StudentGenerated;
                    Assert.Contains($"turned up to {MatrixPages.VolumeName(opensAt)}", body, StringComparison.Ordinal);
                    break;
                default:
                    Assert.DoesNotContain("turned up to", body, StringComparison.Ordinal);
                    break;
            }
        }

        Assert.False(await (step.Touched?.Invoke() ?? step.Written(response, body)), $"{what} was refused but wrote a change");
    }

    private static Expect[] ExpectedFor(TutorialAction action, LibraryRole role) => role switch
    {
        LibraryRole.Librarian => Expected[action].Librarians,
        LibraryRole.Teacher => Expected[action].Teachers,
        _ => Expected[action].Students,
    };

    /// <summary>
    /// One case's arranged step: how the page's form is used, the post a denied person forges, whether it took its full
    /// effect, and whether it changed anything at all (the same question unless the step writes in two places).
    /// </summary>
    private sealed record Step(
        Func<TestBrowser, Task<HttpResponseMessage>> Use,
        Func<TestBrowser, Task<HttpResponseMessage>> Forge,
        Func<HttpResponseMessage, string, Task<bool>> Written,
        string Title,
        string? Declined = null,
        Func<Task<bool>>? Touched = null);

    private async Task<Step> ArrangeAsync(TutorialAction action, string email)
    {
        var title = CollectionArrange.Unique("Matrix tutorial ");
        var student = LibraryAppFactory.Student;
        var other = LibraryAppFactory.OtherStudent;
        return action switch
        {
            TutorialAction.ReadPublished => Opens($"/tutorials/{await AddTutorialAsync(app, other, title)}", title, title),
            TutorialAction.ReadSomeonesDraft => Opens($"/tutorials/{await AddTutorialAsync(app, other, title, published: false)}", title, title),
            TutorialAction.Write => Write(title),
            TutorialAction.EditOwn => Edit(await AddTutorialAsync(app, student, title), title),
            TutorialAction.EditSomeoneElses => Edit(await AddTutorialAsync(app, other, title), title),
            TutorialAction.EditSomeonesDraft => Edit(await AddTutorialAsync(app, other, title, published: false), title),
            TutorialAction.PublishOwnDraft => Publish(await AddTutorialAsync(app, student, title, published: false), title),
            TutorialAction.RepublishTakenDown => Publish(await AddTutorialAsync(app, student, title, takenDown: true), title),
            TutorialAction.Unpublish => Unpublish(await AddTutorialAsync(app, student, title), title),
            TutorialAction.ViewHistory => Opens($"/tutorials/{await AddTutorialAsync(app, student, title, versions: 2)}/history", title, "2 versions, newest first"),
            TutorialAction.Compare => Opens($"/tutorials/{await AddTutorialAsync(app, student, title, versions: 2)}/compare?from=1&to=2", title, "1. Step of version 1", "1. Step of version 2"),
            TutorialAction.Restore => Restore(await AddTutorialAsync(app, student, title, versions: 2), title),
            TutorialAction.Rate => Rate(await AddTutorialAsync(app, other, title), title, email),
            TutorialAction.RateOwn => Rate(await AddTutorialAsync(app, email, title), title, email) with { Declined = RateOwnRefusal },
            TutorialAction.Comment => Comment(await AddTutorialAsync(app, other, title), title),
            TutorialAction.HideComment => await HideCommentAsync(await AddTutorialAsync(app, other, title), title),
            TutorialAction.RequestTutorial => Ask(CollectionArrange.Unique("Matrix request ")),
            TutorialAction.VoteOnRequest => await VoteAsync(CollectionArrange.Unique("Matrix request "), email),
            _ => await AnswerAsync(CollectionArrange.Unique("Matrix request ")),
        };
    }

    /// <summary>A page to open: it took effect when it showed every one of <paramref name="shows"/>.</summary>
    private static Step Opens(string url, string title, params string[] shows) =>
        new(
            browser => browser.GetAsync(url),
            browser => browser.GetAsync(url),
            (response, body) => Task.FromResult(response.StatusCode == HttpStatusCode.OK && shows.All(text => body.Contains(text, StringComparison.Ordinal))),
            title);

    private Step Write(string title) =>
        new(
            async browser => await (await browser.OpenFormAsync("/tutorials/new", "Save draft")).FillTutorial(title, "Readers learn one thing.", "## Steps\n\n1. Do it").SubmitAsync(),
            browser => browser.ForgePostAsync("/tutorials", "/tutorials/new", new() { ["Title"] = title, ["Summary"] = "Readers learn one thing.", ["Body"] = "## Steps\n\n1. Do it" }),
            (_, _) => app.WithDbAsync(db => db.Set<Tutorial>().AnyAsync(tutorial => tutorial.Title == title)),
            title);

    private Step Edit(int id, string title)
    {
        var changed = $"{title} (edited)";
        return new(
            async browser => await (await browser.OpenFormAsync($"/tutorials/{id}/edit", "Save changes")).Fill("Title", changed).SubmitAsync(),
            async browser =>
            {
                var version = (await TutorialAsync(app, id)).Version;
                return await browser.ForgePostAsync("/tutorials", $"/tutorials/{id}/edit", new()
                {
                    ["Title"] = changed,
                    ["Summary"] = "Forged summary.",
                    ["Body"] = "Forged body.",
                    ["Version"] = version.ToString(CultureInfo.InvariantCulture),
                });
            },
            async (_, _) => await TutorialAsync(app, id) is { LatestRevision: 2 } tutorial && tutorial.Title == changed,
            title);
    }

    private Step Publish(int id, string title) =>
        new(
            async browser => await (await browser.OpenFormAsync($"/tutorials/{id}", "Publish for everyone")).SubmitAsync(),
            browser => browser.ForgePostAsync("/tutorials", $"/tutorials/{id}/publish", []),
            async (_, _) => (await TutorialAsync(app, id)).Published,
            title);

    private Step Unpublish(int id, string title)
    {
        const string reason = "It repeats another tutorial.";
        return new(
            async browser => await (await browser.OpenFormAsync($"/tutorials/{id}/unpublish", "Unpublish the tutorial")).Fill("Why is it coming down? (the author is told)", reason).SubmitAsync(),
            browser => browser.ForgePostAsync("/tutorials", $"/tutorials/{id}/unpublish", new() { ["Reason"] = reason }),
            async (_, _) => await TutorialAsync(app, id) is { Published: false, UnpublishedReason: reason },
            title);
    }

    private Step Restore(int id, string title) =>
        new(
            async browser => await (await browser.OpenFormAsync($"/tutorials/{id}/history/1/restore", "Restore version 1")).SubmitAsync(),
            browser => browser.ForgePostAsync("/tutorials", $"/tutorials/{id}/history/1/restore", []),
            async (_, _) => (await RevisionsAsync(app, id)).Any(revision => revision.Note == "Restored from version 1"),
            title);

    private Step Rate(int id, string title, string email)
    {
        async Task<bool> Rated()
        {
            var raterId = await app.UserIdAsync(email);
            return await app.WithDbAsync(db => db.Set<TutorialRating>().AnyAsync(rating => rating.TutorialId == id && rating.UserId == raterId));
        }

        return new(
            async browser => await (await browser.OpenFormAsync($"/tutorials/{id}", "Rate")).Fill("Your rating", "4").SubmitAsync(),
            browser => browser.ForgePostAsync("/tutorials", $"/tutorials/{id}/rate", new() { ["Stars"] = "4" }),
            async (_, _) => await Rated() && await TutorialAsync(app, id) is { RatingCount: 1, RatingTotal: 4 },
            title,
            Touched: async () => await Rated() || (await TutorialAsync(app, id)).RatingCount != 0);
    }

    private Step Comment(int id, string title)
    {
        var text = $"Comment on {title}";
        return new(
            async browser => await (await browser.OpenFormAsync($"/tutorials/{id}", "Post comment")).Fill("Add a comment", text).SubmitAsync(),
            browser => browser.ForgePostAsync("/tutorials", $"/tutorials/{id}/comments", new() { ["Text"] = text }),
            (_, _) => app.WithDbAsync(db => db.Set<TutorialComment>().AnyAsync(comment => comment.TutorialId == id && comment.Text == text)),
            title);
    }

    private async Task<Step> HideCommentAsync(int id, string title)
    {
        const string reason = "Not about the tutorial.";
        var comment = await AddCommentAsync(app, id, Priya, "Who wants to trade lunch?");
        return new(
            async browser => await (await browser.OpenFormAsync($"/tutorials/{id}", "Hide comment")).Fill("Why hide it? (the author is told)", reason).SubmitAsync(),
            browser => browser.ForgePostAsync("/tutorials", $"/tutorials/{id}/comments/{comment}/hide", new() { ["Reason"] = reason }),
            (_, _) => app.WithDbAsync(db => db.Set<TutorialComment>().AnyAsync(row => row.Id == comment && row.HiddenReason == reason)),
            title);
    }

    private Step Ask(string topic) =>
        new(
            async browser => await (await browser.OpenFormAsync("/tutorials/requests", "Ask for it")).Fill("I need a tutorial on…", topic).SubmitAsync(),
            browser => browser.ForgePostAsync("/tutorials", "/tutorials/requests", new() { ["Topic"] = topic }),
            (_, _) => app.WithDbAsync(db => db.Set<TutorialRequest>().AnyAsync(request => request.Topic == topic)),
            topic);

    private async Task<Step> VoteAsync(string topic, string email)
    {
        var request = await AddRequestAsync(app, LibraryAppFactory.OtherStudent, topic);
        async Task<bool> Voted()
        {
            var voterId = await app.UserIdAsync(email);
            return await app.WithDbAsync(db => db.Set<TutorialRequestVote>().AnyAsync(vote => vote.TutorialRequestId == request && vote.UserId == voterId));
        }

        return new(
            async browser => await (await browser.OpenFormAsync("/tutorials/requests", $"I need this too: {topic}")).SubmitAsync(),
            browser => browser.ForgePostAsync("/tutorials", $"/tutorials/requests/{request}/vote", []),
            async (_, _) => await Voted() && (await RequestAsync(app, request)).VoteCount == 2,
            topic,
            Touched: async () => await Voted() || (await RequestAsync(app, request)).VoteCount != 1);
    }

    private async Task<Step> AnswerAsync(string topic)
    {
        const string note = "Mr. Okafor's class is filming it.";
        var request = await AddRequestAsync(app, LibraryAppFactory.OtherStudent, topic);
        return new(
            async browser => await (await browser.OpenFormAsync("/tutorials/requests", "Save and tell them", near: topic))
                .Fill(new Dictionary<string, string> { ["Status"] = "Being written", ["Note to the asker and voters (needed to decline)"] = note }).SubmitAsync(),
            browser => browser.ForgePostAsync("/tutorials", $"/tutorials/requests/{request}/answer", new() { ["Status"] = nameof(TutorialRequestStatus.Planned), ["Note"] = note }),
            async (_, _) => await RequestAsync(app, request) is { Status: TutorialRequestStatus.Planned, StatusNote: note },
            topic);
    }
}

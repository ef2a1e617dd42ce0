using LibraryPersonalization.Data;
using static LibraryPersonalization.Domain.Ecosystem.Volume;

namespace LibraryPersonalization.Web.Tests.Authorization;

/// <summary>Every Collection write action.</summary>
public enum CollectionWrite
{
    ReviewTitle,
    SubmitBookRequest,
    CommentOnBookRequest,
    VoteOnBookRequest,
    CurateShelf,
    TagTitle,
    DecideBookRequest,
    ModerateReviews,
    ManageBookRequests,
}

/// <summary>Who is at the browser.</summary>
public enum Who
{
    Librarian,
    Teacher,
    Student,
    CommitteeStudent,
}

/// <summary>
/// Every Collection write × every volume × every role over HTTP. Allowed: the person submits the form the page shows them,
/// it is not refused and the row is written. Denied: the request is forged (the page need not offer the form), answered
/// 403, the page names the volume that would allow it, and nothing is written.
/// </summary>
public class CollectionAuthorizationMatrixTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private const string PlainStudent = "maya@school.test";
    private const string CommitteeMember = "priya@school.test";

    /// <summary>
    /// The expected policy, transcribed by hand from the issue (not read from StudentAgencyPolicy).
    /// A null volume means "never"; librarians may always.
    /// </summary>
    private static readonly Dictionary<CollectionWrite, (Volume? StudentsFrom, Volume? TeachersFrom, bool StudentsNeedCommittee)> Expected = new()
    {
        [CollectionWrite.ReviewTitle] = (LibrarianGenerated, LibrarianGenerated, false),
        [CollectionWrite.SubmitBookRequest] = (Cocreated, LibrarianGenerated, false),
        [CollectionWrite.CommentOnBookRequest] = (Cocreated, LibrarianGenerated, false),
        [CollectionWrite.VoteOnBookRequest] = (StudentGenerated, null, false),
        [CollectionWrite.CurateShelf] = (StudentGenerated, LibrarianGenerated, false),
        [CollectionWrite.TagTitle] = (StudentGenerated, LibrarianGenerated, false),
        [CollectionWrite.DecideBookRequest] = (StudentGenerated, null, true),
        [CollectionWrite.ModerateReviews] = (null, LibrarianGenerated, false),
        [CollectionWrite.ManageBookRequests] = (null, null, false),
    };


    public static TheoryData<CollectionWrite, Volume, Who> Cases()
    {
        var cases = new TheoryData<CollectionWrite, Volume, Who>();
        foreach (var action in Enum.GetValues<CollectionWrite>())
        {
            foreach (var volume in Enum.GetValues<Volume>())
            {
                foreach (var who in Enum.GetValues<Who>())
                {
                    cases.Add(action, volume, who);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Posting_the_form_is_allowed_or_refused_exactly_as_the_policy_table_says(CollectionWrite action, Volume volume, Who who)
    {
        await CollectionArrange.RaiseOpenRequestLimitAsync(app);
        await CollectionArrange.GrantCommitteeAsync(app, CommitteeMember);
        Assert.False(await app.WithDbAsync(async db =>
        {
            var plainId = await db.Users.Where(user => user.Email == PlainStudent).Select(user => user.Id).SingleAsync();
            return await db.StudentDesignations.AnyAsync(held => held.StudentId == plainId);
        }));
        await app.SetVolumeAsync(EcosystemElement.Collection, volume);

        var arranged = await ArrangeAsync(action, who);
        using var browser = await TestBrowser.SignedInAsync(app, EmailOf(who));
        var writtenBefore = await app.WithDbAsync(arranged.CountWritten);

        var response = IsAllowed(action, volume, who) && PageOffersTheForm(action, who)
            ? await browser.SubmitAsync(arranged.PageUrl, arranged.Button, arranged.Filled, arranged.Near)
            : await browser.ForgePostAsync(arranged.PageUrl, arranged.ActionUrl, arranged.Forged);
        CollectionArrange.AssertNoServerError(response, $"{action} by {who} at {volume}");

        var writtenAfter = await app.WithDbAsync(arranged.CountWritten);
        var caseRowWritten = await app.WithDbAsync(arranged.CaseRowWritten);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        if (IsAllowed(action, volume, who))
        {
            Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action} by {who} at {volume} should succeed and redirect but answered {(int)response.StatusCode}: {MatrixPages.Excerpt(body)}");
            Assert.True(caseRowWritten, $"{action} by {who} at {volume} was allowed but wrote nothing");
            Assert.Equal(writtenBefore + 1, writtenAfter);
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{action} by {who} at {volume} should be refused with 403 but answered {(int)response.StatusCode}: {MatrixPages.Excerpt(body)}");
            Assert.False(caseRowWritten, $"{action} by {who} at {volume} was refused but still wrote its row");
            Assert.Equal(writtenBefore, writtenAfter);
            AssertForbiddenPageExplains(action, volume, who, body);
        }
    }

    /// <summary>Voting and the committee's decision are students' forms: the policy lets a librarian post them, but the
    /// librarian's page offers "Move this request" instead, so the librarian's case is a forged post.</summary>
    private static bool PageOffersTheForm(CollectionWrite action, Who who) =>
        !(who == Who.Librarian && action is CollectionWrite.VoteOnBookRequest or CollectionWrite.DecideBookRequest);

    private static bool IsAllowed(CollectionWrite action, Volume volume, Who who)
    {
        var (studentsFrom, teachersFrom, needsCommittee) = Expected[action];
        return who switch
        {
            Who.Librarian => true,
            Who.Teacher => teachersFrom is { } lowest && volume >= lowest,
            Who.Student => studentsFrom is { } lowest && volume >= lowest && !needsCommittee,
            _ => studentsFrom is { } lowest && volume >= lowest,
        };
    }

    /// <summary>The 403 page names the volume that would open the action, or says the role never may.</summary>
    private static void AssertForbiddenPageExplains(CollectionWrite action, Volume volume, Who who, string body)
    {
        var (studentsFrom, teachersFrom, needsCommittee) = Expected[action];
        var lowest = who == Who.Teacher ? teachersFrom : studentsFrom;
        if (lowest is not { } opensAt)
        {
            var roleName = who == Who.Teacher ? "teachers" : "students";
            Assert.Contains($"is not open to {roleName} at any volume", body, StringComparison.Ordinal);
            return;
        }

        if (volume < opensAt)
        {
            Assert.Contains($"opens when Collection is turned up to {MatrixPages.VolumeName(opensAt)}", body, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(needsCommittee && who == Who.Student, $"Only a missing designation should refuse {action} to {who} at {volume}");
            Assert.Contains("selection committee", body, StringComparison.Ordinal);
            Assert.DoesNotContain("at a lower volume", body, StringComparison.Ordinal);
        }
    }

    private static string EmailOf(Who who) => who switch
    {
        Who.Librarian => LibraryAppFactory.Librarian,
        Who.Teacher => LibraryAppFactory.Teacher,
        Who.Student => PlainStudent,
        _ => CommitteeMember,
    };


    /// <summary>Fresh rows for this case, the form to post, and how to see whether it wrote anything.</summary>
    private async Task<Arranged> ArrangeAsync(CollectionWrite action, Who who)
    {
        switch (action)
        {
            case CollectionWrite.ReviewTitle:
            {
                var titleId = await CollectionArrange.FreshTitleAsync(app);
                var text = CollectionArrange.Unique("Review ");
                return new Arranged(
                    $"/catalog/{titleId}",
                    "Post review",
                    new() { ["Rating"] = "4 stars", ["Review (optional)"] = text },
                    $"/catalog/{titleId}/reviews",
                    new() { ["Rating"] = "4", ["Text"] = text },
                    db => db.Reviews.CountAsync(),
                    db => db.Reviews.AnyAsync(review => review.TitleId == titleId));
            }

            case CollectionWrite.SubmitBookRequest:
            {
                var title = CollectionArrange.Unique("Matrix Request ");
                return new Arranged(
                    "/requests/new",
                    "Submit request",
                    new() { ["Title"] = title, ["Author"] = "Matrix Author", ["Why should the library get it?"] = "The matrix asks for it." },
                    "/requests/new",
                    new() { ["Title"] = title, ["Author"] = "Matrix Author", ["Reason"] = "The matrix asks for it." },
                    db => db.BookRequests.CountAsync(),
                    db => db.BookRequests.AnyAsync(request => request.Title == title));
            }

            case CollectionWrite.CommentOnBookRequest:
            {
                var requestId = await CollectionArrange.FreshRequestAsync(app);
                var text = CollectionArrange.Unique("Comment ");
                return new Arranged(
                    $"/requests/{requestId}",
                    "Post comment",
                    new() { ["Add a comment"] = text },
                    $"/requests/{requestId}/comments",
                    new() { ["Text"] = text },
                    db => db.RequestComments.CountAsync(),
                    db => db.RequestComments.AnyAsync(comment => comment.RequestId == requestId));
            }

            case CollectionWrite.VoteOnBookRequest:
            {
                var requestId = await CollectionArrange.FreshRequestAsync(app);
                return new Arranged(
                    $"/requests/{requestId}",
                    "Vote for this book",
                    [],
                    $"/requests/{requestId}/votes",
                    [],
                    db => db.RequestVotes.CountAsync(),
                    db => db.RequestVotes.AnyAsync(vote => vote.RequestId == requestId));
            }

            case CollectionWrite.CurateShelf:
            {
                var name = CollectionArrange.Unique("Shelf ");
                return new Arranged(
                    "/shelves/new",
                    "Create shelf",
                    new() { ["Shelf name"] = name, ["What ties these books together?"] = "Picked for the matrix." },
                    "/shelves/new",
                    new() { ["Name"] = name, ["Description"] = "Picked for the matrix." },
                    db => db.Shelves.CountAsync(),
                    db => db.Shelves.AnyAsync(shelf => shelf.Name == name));
            }

            case CollectionWrite.TagTitle:
            {
                var titleId = await CollectionArrange.FreshTitleAsync(app);
                var tag = CollectionArrange.Unique("tag");
                return new Arranged(
                    $"/catalog/{titleId}",
                    "Add tag",
                    new() { ["Add a genre or topic tag"] = tag },
                    $"/catalog/{titleId}/tags",
                    new() { ["Tag"] = tag },
                    db => db.TitleTags.CountAsync(),
                    db => db.TitleTags.AnyAsync(existing => existing.TitleId == titleId && existing.Tag == tag));
            }

            case CollectionWrite.DecideBookRequest:
            {
                var requestId = await CollectionArrange.FreshRequestAsync(app);
                return new Arranged(
                    $"/requests/{requestId}",
                    "Approve within budget",
                    new() { ["Estimated cost (needed to approve)"] = "1.00" },
                    $"/requests/{requestId}/decision",
                    new() { ["Version"] = "0", ["Approve"] = "true", ["EstimatedCost"] = "1.00" },
                    db => db.BookRequests.CountAsync(request => request.Status == RequestStatus.Approved),
                    db => db.BookRequests.AnyAsync(request => request.Id == requestId && request.Status == RequestStatus.Approved && request.DecidedByCommittee));
            }

            case CollectionWrite.ModerateReviews:
            {
                var titleId = await CollectionArrange.FreshTitleAsync(app);
                var text = CollectionArrange.Unique("Pending review ");
                var reviewId = await CollectionArrange.ReviewAsync(app, titleId, CollectionArrange.Supporter, text);
                return new Arranged(
                    who is Who.Librarian or Who.Teacher ? await CollectionArrange.ModerationPageOfAsync(app, reviewId) : $"/catalog/{titleId}",
                    "Publish",
                    [],
                    text,
                    $"/moderation/reviews/{reviewId}",
                    new() { ["approve"] = "true" },
                    db => db.Reviews.CountAsync(review => review.Status == ModerationStatus.Published),
                    db => db.Reviews.AnyAsync(review => review.Id == reviewId && review.Status == ModerationStatus.Published));
            }

            case CollectionWrite.ManageBookRequests:
            {
                var requestId = await CollectionArrange.FreshRequestAsync(app);
                return new Arranged(
                    $"/requests/{requestId}",
                    "Update request",
                    new() { ["New status"] = "Under review" },
                    $"/requests/{requestId}/status",
                    new() { ["Status"] = nameof(RequestStatus.UnderReview), ["Version"] = "0" },
                    db => db.BookRequests.CountAsync(request => request.Status == RequestStatus.UnderReview),
                    db => db.BookRequests.AnyAsync(request => request.Id == requestId && request.Status == RequestStatus.UnderReview));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "No arrangement for this action.");
        }
    }

    /// <summary>The page, the form a person fills on it (its button and labelled fields), the same request as a forgery
    /// posts it, and how to see whether it wrote anything.</summary>
    private sealed record Arranged(
        string PageUrl,
        string Button,
        Dictionary<string, string> Filled,
        string? Near,
        string ActionUrl,
        Dictionary<string, string> Forged,
        Func<LibraryDbContext, Task<int>> CountWritten,
        Func<LibraryDbContext, Task<bool>> CaseRowWritten)
    {
        public Arranged(string pageUrl, string button, Dictionary<string, string> filled, string actionUrl, Dictionary<string, string> forged, Func<LibraryDbContext, Task<int>> countWritten, Func<LibraryDbContext, Task<bool>> caseRowWritten)
            : this(pageUrl, button, filled, null, actionUrl, forged, countWritten, caseRowWritten)
        {
        }
    }
}

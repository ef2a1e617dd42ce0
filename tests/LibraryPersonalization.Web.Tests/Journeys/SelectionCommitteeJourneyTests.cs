using System.Globalization;
using System.Text.RegularExpressions;
using LibraryPersonalization.Web.Tests.Authorization;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>The selection committee declines as well as approves, decides only this term's requests, and loses the power when the librarian removes it.</summary>
[Collection(JourneySteps.Collection)]
public class SelectionCommitteeJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private const string Member = "zara@school.test";

    [Fact]
    public async Task The_committee_declines_with_a_reason_the_requesters_read_and_the_budget_is_untouched()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, Member);
        var requestId = await CollectionArrange.FreshRequestAsync(app, "liam@school.test", "Declined By Peers");
        var requestUrl = $"/requests/{requestId}";
        using var committee = await TestBrowser.SignedInAsync(app, Member);
        var budgetBefore = await BudgetRemainingAsync(committee);
        var reason = await app.WithDbAsync(db => db.DeclineReasons.Where(reason => reason.IsActive).OrderBy(reason => reason.Text).Select(reason => reason.Text).FirstAsync());

        var declined = await committee.SubmitAsync(requestUrl, "Decline", new()
        {
            ["Decline reason (when declining)"] = reason,
            ["Note (optional)"] = "We picked the sequel instead",
        });

        var decided = await committee.FollowAsync(declined);
        Assert.Contains("data-testid=\"request-status\">Declined</strong>", decided, StringComparison.Ordinal);
        Assert.Contains($"Declined because: {reason}. We picked the sequel instead", decided, StringComparison.Ordinal);
        Assert.Contains(", selection committee)", decided, StringComparison.Ordinal);
        Assert.Equal(budgetBefore, await BudgetRemainingAsync(committee));
        using var requester = await TestBrowser.SignedInAsync(app, "liam@school.test");
        Assert.Contains($"Your request for Declined By Peers was declined: {reason}. We picked the sequel instead", await requester.ReadPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_committee_declining_with_only_a_listed_reason_or_only_a_note_tells_the_requesters_just_that()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, Member);
        var reason = await app.WithDbAsync(db => db.DeclineReasons.Where(reason => reason.IsActive).OrderBy(reason => reason.Text).Select(reason => reason.Text).FirstAsync());
        var byReason = await CollectionArrange.FreshRequestAsync(app, "liam@school.test", "Declined With A Reason");
        var byNote = await CollectionArrange.FreshRequestAsync(app, "liam@school.test", "Declined With A Note");
        using var committee = await TestBrowser.SignedInAsync(app, Member);

        RedirectTarget(await committee.SubmitAsync($"/requests/{byReason}", "Decline", new()
        {
            ["Decline reason (when declining)"] = reason,
            ["Note (optional)"] = "   ",
        }));
        RedirectTarget(await committee.SubmitAsync($"/requests/{byNote}", "Decline", new() { ["Note (optional)"] = "  The library has it as an audiobook.  " }));

        using var requester = await TestBrowser.SignedInAsync(app, "liam@school.test");
        var home = await requester.ReadPageAsync("/");
        Assert.Contains($"Your request for Declined With A Reason was declined: {reason}<", home, StringComparison.Ordinal);
        Assert.Contains("Your request for Declined With A Note was declined: The library has it as an audiobook.<", home, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Declined, await RequestStatusAsync(app, byNote));
    }

    [Fact]
    public async Task The_committee_declining_with_neither_a_reason_nor_a_note_is_asked_for_a_reason()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, Member);
        var requestId = await CollectionArrange.FreshRequestAsync(app, "liam@school.test");
        using var committee = await TestBrowser.SignedInAsync(app, Member);

        var refused = await committee.SubmitAsync($"/requests/{requestId}", "Decline");

        Assert.Contains("Give students a reason when you decline a request.", await committee.FollowAsync(refused), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await RequestStatusAsync(app, requestId));
    }

    [Fact]
    public async Task The_committee_deciding_a_request_the_librarian_already_decided_is_told_so_and_spends_nothing()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, Member);
        var requestId = await CollectionArrange.FreshRequestAsync(app, "liam@school.test");
        var requestUrl = $"/requests/{requestId}";
        using var committee = await TestBrowser.SignedInAsync(app, Member);
        var decision = await committee.OpenFormAsync(requestUrl, "Approve within budget");
        var budgetBefore = await BudgetRemainingAsync(committee);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        RedirectTarget(await librarian.SubmitAsync(requestUrl, "Update request", new() { ["New status"] = "Approved" }));

        var late = await decision.Fill("Estimated cost (needed to approve)", "15").SubmitAsync();

        Assert.Contains("This request has already been decided.", await committee.FollowAsync(late), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Approved, await RequestStatusAsync(app, requestId));
        Assert.Equal(budgetBefore, await BudgetRemainingAsync(committee));
    }

    [Fact]
    public async Task The_committee_deciding_from_a_page_someone_has_since_changed_is_shown_the_current_state()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, Member);
        var requestId = await CollectionArrange.FreshRequestAsync(app, "liam@school.test");
        var requestUrl = $"/requests/{requestId}";
        using var committee = await TestBrowser.SignedInAsync(app, Member);
        var decision = await committee.OpenFormAsync(requestUrl, "Approve within budget");
        var budgetBefore = await BudgetRemainingAsync(committee);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        RedirectTarget(await librarian.SubmitAsync(requestUrl, "Update request", new() { ["New status"] = "Under review" }));

        var stale = await decision.Fill("Estimated cost (needed to approve)", "15").SubmitAsync();

        Assert.Contains("Someone else updated this request while you were looking at it. Here is its current state.", await committee.FollowAsync(stale), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.UnderReview, await RequestStatusAsync(app, requestId));
        Assert.Equal(budgetBefore, await BudgetRemainingAsync(committee));
    }

    [Fact]
    public async Task The_committee_deciding_a_request_that_does_not_exist_gets_not_found()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, Member);
        using var committee = await TestBrowser.SignedInAsync(app, Member);

        var missing = await committee.ForgePostAsync("/requests", "/requests/987654/decision", new()
        {
            ["Version"] = "0",
            ["EstimatedCost"] = "5",
            ["Approve"] = "true",
        });

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("That request does not exist.", await BodyAsync(missing), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_committee_cannot_approve_a_request_left_open_from_a_previous_term()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, Member);
        var requestId = await CollectionArrange.FreshRequestAsync(app, "liam@school.test", "Left Over From Spring");
        await app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == requestId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(request => request.Term, "2025-26 Spring")));
        var currentTerm = await app.WithDbAsync(db => db.CollectionSettings.Select(settings => settings.CurrentTerm).SingleAsync());
        var requestUrl = $"/requests/{requestId}";
        using var committee = await TestBrowser.SignedInAsync(app, Member);
        var budgetBefore = await BudgetRemainingAsync(committee);

        Assert.DoesNotContain("Selection committee decision", await committee.ReadPageAsync(requestUrl), StringComparison.Ordinal);
        var approved = await committee.ForgePostAsync(requestUrl, $"{requestUrl}/decision", new()
        {
            ["Version"] = "0",
            ["EstimatedCost"] = "20",
            ["Approve"] = "true",
        });

        Assert.Contains(
            $"This request is from 2025-26 Spring. The selection committee decides {currentTerm} requests only; the librarian decides older ones.",
            await committee.FollowAsync(approved),
            StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await RequestStatusAsync(app, requestId));
        Assert.Equal(budgetBefore, await BudgetRemainingAsync(committee));
    }

    [Fact]
    public async Task A_student_whose_committee_designation_is_removed_can_no_longer_decide()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        const string member = "diego@school.test";
        await CollectionArrange.GrantCommitteeAsync(app, member);
        var requestId = await CollectionArrange.FreshRequestAsync(app, "liam@school.test");
        var requestUrl = $"/requests/{requestId}";
        using var committee = await TestBrowser.SignedInAsync(app, member);
        Assert.Contains("Selection committee decision", await committee.ReadPageAsync(requestUrl), StringComparison.Ordinal);

        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var revoked = await librarian.SubmitAsync("/accounts?search=diego", "Remove");
        Assert.Contains("Designation removed.", await librarian.FollowAsync(revoked), StringComparison.Ordinal);
        Assert.DoesNotContain("Collection: Selection committee", await librarian.ReadPageAsync("/accounts?search=diego"), StringComparison.Ordinal);

        Assert.DoesNotContain("Selection committee decision", await committee.ReadPageAsync(requestUrl), StringComparison.Ordinal);
        var attempt = await committee.ForgePostAsync(requestUrl, $"{requestUrl}/decision", new()
        {
            ["Version"] = "0",
            ["EstimatedCost"] = "10",
            ["Approve"] = "true",
        });
        Assert.Equal(HttpStatusCode.Forbidden, attempt.StatusCode);
        Assert.Contains("is for students the librarian has named to the Collection selection committee", await BodyAsync(attempt), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await RequestStatusAsync(app, requestId));
    }

    private static async Task<decimal> BudgetRemainingAsync(TestBrowser browser)
    {
        var match = Regex.Match(await browser.ReadPageAsync("/requests/criteria"), "has <strong>\\$([^<]+)</strong> of its");
        Assert.True(match.Success, "The criteria page does not show the budget left");
        return decimal.Parse(match.Groups[1].Value, NumberStyles.Number, CultureInfo.CurrentCulture);
    }
}

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

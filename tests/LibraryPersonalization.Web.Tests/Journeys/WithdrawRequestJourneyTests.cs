namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>A student changes their mind about a book request: the others who asked keep it, the last one withdraws it.</summary>
[Collection(JourneySteps.Collection)]
public class WithdrawRequestJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task Requesters_withdraw_one_by_one_and_the_last_one_withdraws_the_request_while_strangers_cannot()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var first = await JourneySteps.NewStudentAsync(app, librarian, "Iris Vale");
        using var second = await JourneySteps.NewStudentAsync(app, librarian, "Omar Reyes");
        using var stranger = await JourneySteps.NewStudentAsync(app, librarian, "Lena Park");
        var fields = new Dictionary<string, string> { ["Title"] = "The Left Hand of Winter Light", ["Author"] = "Imagined Author", ["Why should the library get it?"] = "For the speculative fiction unit." };
        var requestUrl = JourneySteps.RedirectTarget(await first.SubmitAsync("/requests/new", "Submit request", fields));
        JourneySteps.RedirectTarget(await second.SubmitAsync("/requests/new", "Submit request", fields));
        var requestId = JourneySteps.RequestId(requestUrl);

        var refused = await stranger.ForgePostAsync(requestUrl, $"{requestUrl}/withdraw", []);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Withdraw my request", await stranger.ReadPageAsync(requestUrl), StringComparison.Ordinal);

        Assert.Contains("Withdraw my request", await first.ReadPageAsync(requestUrl), StringComparison.Ordinal);
        var firstLeaves = await first.FollowAsync(await first.SubmitAsync(requestUrl, "Withdraw my request"));
        Assert.Contains("the other students who asked for it still are", firstLeaves, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"requester-count\">1<", firstLeaves, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await JourneySteps.RequestStatusAsync(app, requestId));

        var lastLeaves = await second.FollowAsync(await second.SubmitAsync(requestUrl, "Withdraw my request"));
        Assert.Contains("You withdrew the request.", lastLeaves, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Withdrawn, await JourneySteps.RequestStatusAsync(app, requestId));
        Assert.Null(await app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == requestId).Select(request => request.OpenKey).SingleAsync()));

        var again = JourneySteps.RedirectTarget(await second.SubmitAsync("/requests/new", "Submit request", fields));
        Assert.NotEqual(requestUrl, again);
    }
}

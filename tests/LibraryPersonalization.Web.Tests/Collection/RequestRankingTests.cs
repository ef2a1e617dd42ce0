using LibraryPersonalization.Web.Tests.Authorization;

namespace LibraryPersonalization.Web.Tests.Collection;

public sealed class RequestRankingTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task Students_votes_lift_a_request_above_a_newer_one_nobody_voted_for_and_each_voter_sees_their_vote()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        var popularTitle = CollectionArrange.Unique("Popular Book ");
        var quietTitle = CollectionArrange.Unique("Quiet Book ");
        var popular = await CollectionArrange.FreshRequestAsync(app, title: popularTitle);
        await CollectionArrange.FreshRequestAsync(app, title: quietTitle);
        foreach (var voter in new[] { "priya@school.test", "diego@school.test" })
        {
            using var student = await TestBrowser.SignedInAsync(app, voter);
            var voted = await (await student.OpenFormAsync($"/requests/{popular}", "Vote for this book")).SubmitAsync();
            CollectionArrange.AssertNoServerError(voted, "a vote");
            Assert.Contains("You voted for this request.", await student.GetPageAsync($"/requests/{popular}"), StringComparison.Ordinal);
        }

        using var reader = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var list = await reader.GetPageAsync("/requests");

        var popularAt = list.IndexOf(popularTitle, StringComparison.Ordinal);
        var quietAt = list.IndexOf(quietTitle, StringComparison.Ordinal);
        Assert.True(popularAt >= 0 && quietAt >= 0, "Both requests should be on the first page of the list.");
        Assert.True(popularAt < quietAt, "The request with two votes should be listed above the newer one with none.");
        var popularRow = list[popularAt..list.IndexOf("</tr>", popularAt, StringComparison.Ordinal)];
        Assert.Contains("<td data-label=\"Votes\">2</td>", popularRow, StringComparison.Ordinal);
    }
}

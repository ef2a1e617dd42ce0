namespace LibraryPersonalization.Web.Tests.Collection;

/// <summary>The "done when": the librarian turns Collection up, a student acts, the librarian turns it down.</summary>
public class VolumeJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task Turning_collection_up_opens_requests_votes_and_instant_reviews_and_turning_it_down_closes_them()
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var turnedUp = await librarian.SubmitAsync("/ecosystem", "Save Collection volume", new() { ["Set the volume of Collection"] = "Student-generated", ["Reason for the change (optional, shown in the timeline)"] = "Student-led term" });
        Assert.Equal(HttpStatusCode.Redirect, turnedUp.StatusCode);
        Assert.Contains("Student-generated", await librarian.GetPageAsync("/ecosystem"), StringComparison.Ordinal);

        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var submitted = await student.SubmitAsync("/requests/new", "Submit request", new()
        {
            ["Title"] = "Piranesi",
            ["Author"] = "Susanna Clarke",
            ["Why should the library get it?"] = "Our book club loved Jonathan Strange.",
        });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var requestUrl = submitted.Headers.Location!.OriginalString;
        Assert.Contains("Piranesi", await student.GetPageAsync(requestUrl), StringComparison.Ordinal);

        var voted = await student.SubmitAsync(requestUrl, "Vote for this book");
        Assert.Equal(HttpStatusCode.Redirect, voted.StatusCode);
        Assert.Contains("data-testid=\"vote-count\">1<", await student.GetPageAsync(requestUrl), StringComparison.Ordinal);

        var titleId = await app.WithDbAsync(db => db.Titles.Where(title => !title.Reviews.Any()).OrderBy(title => title.Id).Select(title => title.Id).FirstAsync());
        var reviewed = await student.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "4 stars", ["Review (optional)"] = "A quiet book that stays with you." });
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        using var otherStudent = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        Assert.Contains("A quiet book that stays with you.", await otherStudent.GetPageAsync($"/catalog/{titleId}"), StringComparison.Ordinal);

        await librarian.SubmitAsync("/ecosystem", "Save Collection volume", new() { ["Set the volume of Collection"] = "Librarian-generated" });
        var refusedForm = await student.GetAsync("/requests/new");
        Assert.Equal(HttpStatusCode.Forbidden, refusedForm.StatusCode);
        Assert.Contains("opens when Collection is turned up to Cocreated", WebUtility.HtmlDecode(await refusedForm.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var requestsBefore = await app.WithDbAsync(db => db.BookRequests.CountAsync());
        var refusedPost = await student.ForgePostAsync("/requests", "/requests/new", new() { ["Title"] = "Wings of Fire", ["Author"] = "Tui T. Sutherland", ["Reason"] = "Dragons" });
        Assert.Equal(HttpStatusCode.Forbidden, refusedPost.StatusCode);
        Assert.Equal(requestsBefore, await app.WithDbAsync(db => db.BookRequests.CountAsync()));
        Assert.Equal(2, await app.WithDbAsync(db => db.VolumeChanges.CountAsync()));
        Assert.Equal(RequestStatus.Submitted, await app.WithDbAsync(db => db.BookRequests.Where(request => request.Title == "Piranesi").Select(request => request.Status).SingleAsync()));
    }
}

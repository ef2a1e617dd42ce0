namespace LibraryPersonalization.Web.Tests.Authorization;

/// <summary>Unpublished reviews stay with their author and staff; students cannot moderate or touch each other's shelves.</summary>
public class DraftPrivacyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private const string Author = LibraryAppFactory.Student;
    private const string Classmate = LibraryAppFactory.OtherStudent;

    [Fact]
    public async Task A_pending_review_is_seen_by_its_author_and_staff_but_not_by_another_student_on_the_title_page_or_in_search()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        var titleName = CollectionArrange.Unique("Draft Title ");
        var titleId = await CollectionArrange.FreshTitleAsync(app, titleName);
        var secret = CollectionArrange.Unique("PendingDraftText");

        using var author = await TestBrowser.SignedInAsync(app, Author);
        var posted = await author.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "5 stars", ["Review (optional)"] = secret });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(ModerationStatus.Pending, await app.WithDbAsync(db => db.Reviews.Where(review => review.TitleId == titleId).Select(review => review.Status).SingleAsync()));

        var authorView = await author.GetPageAsync($"/catalog/{titleId}");
        Assert.Contains(secret, authorView, StringComparison.Ordinal);
        Assert.Contains("waiting for the librarian", authorView, StringComparison.Ordinal);

        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        Assert.Contains(secret, await teacher.GetPageAsync("/moderation"), StringComparison.Ordinal);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        Assert.Contains(secret, await librarian.GetPageAsync("/moderation"), StringComparison.Ordinal);

        using var classmate = await TestBrowser.SignedInAsync(app, Classmate);
        await AssertHiddenFromClassmate(classmate, titleId, titleName, secret);
    }

    [Fact]
    public async Task A_rejected_review_stays_hidden_from_other_students()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        var titleName = CollectionArrange.Unique("Rejected Title ");
        var titleId = await CollectionArrange.FreshTitleAsync(app, titleName);
        var secret = CollectionArrange.Unique("RejectedDraftText");

        using var author = await TestBrowser.SignedInAsync(app, Author);
        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "5 stars", ["Review (optional)"] = secret })).StatusCode);
        var reviewId = await app.WithDbAsync(db => db.Reviews.Where(review => review.TitleId == titleId).Select(review => review.Id).SingleAsync());

        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        var rejected = await teacher.SubmitAsync("/moderation", "Reject", near: secret);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(ModerationStatus.Rejected, await app.WithDbAsync(db => db.Reviews.Where(review => review.Id == reviewId).Select(review => review.Status).SingleAsync()));

        var authorView = await author.GetPageAsync($"/catalog/{titleId}");
        Assert.Contains(secret, authorView, StringComparison.Ordinal);
        Assert.Contains("not published", authorView, StringComparison.Ordinal);

        using var classmate = await TestBrowser.SignedInAsync(app, Classmate);
        await AssertHiddenFromClassmate(classmate, titleId, titleName, secret);
    }

    [Theory]
    [InlineData(Volume.LibrarianGenerated)]
    [InlineData(Volume.Cocreated)]
    [InlineData(Volume.StudentGenerated)]
    public async Task A_student_cannot_approve_a_review_at_any_volume(Volume volume)
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, volume);
        var titleId = await CollectionArrange.FreshTitleAsync(app);
        var reviewId = await CollectionArrange.ReviewAsync(app, titleId, Author, CollectionArrange.Unique("AwaitingApproval"));

        using var classmate = await TestBrowser.SignedInAsync(app, Classmate);
        var response = await classmate.ForgePostAsync($"/catalog/{titleId}", $"/moderation/reviews/{reviewId}", new() { ["approve"] = "true" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var review = await app.WithDbAsync(db => db.Reviews.AsNoTracking().SingleAsync(review => review.Id == reviewId));
        Assert.Equal(ModerationStatus.Pending, review.Status);
        Assert.Null(review.ModeratedById);

        using var self = await TestBrowser.SignedInAsync(app, Author);
        var ownPost = await self.ForgePostAsync($"/catalog/{titleId}", $"/moderation/reviews/{reviewId}", new() { ["approve"] = "true" });
        Assert.Equal(HttpStatusCode.Forbidden, ownPost.StatusCode);
        Assert.Equal(ModerationStatus.Pending, await app.WithDbAsync(db => db.Reviews.Where(review => review.Id == reviewId).Select(review => review.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_student_cannot_add_to_or_remove_from_another_students_shelf_at_student_generated()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        var onShelf = await CollectionArrange.FreshTitleAsync(app);
        var notOnShelf = await CollectionArrange.FreshTitleAsync(app);

        using var curator = await TestBrowser.SignedInAsync(app, Author);
        var created = await curator.SubmitAsync("/shelves/new", "Create shelf", new() { ["Shelf name"] = CollectionArrange.Unique("Maya's Picks "), ["What ties these books together?"] = "Mine." });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var shelfId = int.Parse(CollectionArrange.PathOf(created)!.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var added = await curator.SubmitAsync($"/catalog/{onShelf}", "Add to shelf", new() { ["Add to your shelf"] = shelfId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var itemsBefore = await ShelfItemsAsync(shelfId);
        Assert.Equal(onShelf, Assert.Single(itemsBefore));

        using var classmate = await TestBrowser.SignedInAsync(app, Classmate);
        var removal = await classmate.ForgePostAsync($"/shelves/{shelfId}", $"/shelves/{shelfId}/titles/{onShelf}/remove", []);
        Assert.Equal(HttpStatusCode.Forbidden, removal.StatusCode);
        Assert.Contains("can change it", WebUtility.HtmlDecode(await removal.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var addition = await classmate.ForgePostAsync($"/catalog/{notOnShelf}", $"/catalog/{notOnShelf}/shelves", new() { ["shelfId"] = shelfId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Forbidden, addition.StatusCode);

        Assert.Equal(itemsBefore, await ShelfItemsAsync(shelfId));

        // Control: the same classmate may curate a shelf of their own at this volume, so the 403s above are about ownership.
        var own = await classmate.SubmitAsync("/shelves/new", "Create shelf", new() { ["Shelf name"] = CollectionArrange.Unique("Jonah's Picks "), ["What ties these books together?"] = "Mine too." });
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
    }

    private Task<List<int>> ShelfItemsAsync(int shelfId) =>
        app.WithDbAsync(db => db.ShelfItems.Where(item => item.ShelfId == shelfId).OrderBy(item => item.TitleId).Select(item => item.TitleId).ToListAsync());

    private static async Task AssertHiddenFromClassmate(TestBrowser classmate, int titleId, string titleName, string secret)
    {
        var titlePage = await classmate.GetPageAsync($"/catalog/{titleId}");
        Assert.DoesNotContain(secret, titlePage, StringComparison.Ordinal);
        Assert.Contains("No published reviews yet.", titlePage, StringComparison.Ordinal);
        Assert.Contains("not yet rated", titlePage, StringComparison.Ordinal);

        var byTitle = await classmate.GetPageAsync($"/catalog?q={Uri.EscapeDataString(titleName)}");
        Assert.Contains($"/catalog/{titleId}\"", byTitle, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, byTitle, StringComparison.Ordinal);
        Assert.Contains("Not yet rated", byTitle, StringComparison.Ordinal);

        var bySecret = await classmate.GetPageAsync($"/catalog?q={Uri.EscapeDataString(secret)}");
        Assert.Contains("0 titles found", bySecret, StringComparison.Ordinal);

        var byRating = await classmate.GetPageAsync($"/catalog?q={Uri.EscapeDataString(titleName)}&sort=Rating");
        Assert.DoesNotContain(secret, byRating, StringComparison.Ordinal);
        Assert.DoesNotContain("5.0 / 5", byRating, StringComparison.Ordinal);

        Assert.DoesNotContain(secret, await classmate.GetPageAsync("/"), StringComparison.Ordinal);
    }
}

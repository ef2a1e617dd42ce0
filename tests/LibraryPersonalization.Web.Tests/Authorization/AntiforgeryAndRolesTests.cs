using System.Text.Json;

namespace LibraryPersonalization.Web.Tests.Authorization;

/// <summary>Forged posts, anonymous visitors, librarian-only pages, and the audit trail of staff changes.</summary>
public class AntiforgeryAndRolesTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_post_without_the_antiforgery_token_gets_400_and_writes_nothing()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        await student.GetPageAsync("/shelves/new");
        var shelvesBefore = await app.WithDbAsync(db => db.Shelves.CountAsync());
        var requestsBefore = await app.WithDbAsync(db => db.BookRequests.CountAsync());

        var shelf = await student.PostWithTokenAsync("/shelves/new", token: null, new() { ["Name"] = "Forged shelf", ["Description"] = "No token" });
        Assert.Equal(HttpStatusCode.BadRequest, shelf.StatusCode);
        var request = await student.PostWithTokenAsync("/requests/new", token: null, new() { ["Title"] = "Forged request", ["Author"] = "Nobody", ["Reason"] = "No token" });
        Assert.Equal(HttpStatusCode.BadRequest, request.StatusCode);

        Assert.Equal(shelvesBefore, await app.WithDbAsync(db => db.Shelves.CountAsync()));
        Assert.Equal(requestsBefore, await app.WithDbAsync(db => db.BookRequests.CountAsync()));
    }

    [Fact]
    public async Task A_librarian_post_without_a_token_or_with_someone_elses_token_changes_no_volume()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        await librarian.GetPageAsync("/ecosystem");
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var studentsToken = await student.AntiforgeryTokenAsync("/catalog");
        var changesBefore = await app.WithDbAsync(db => db.VolumeChanges.CountAsync());
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        var noToken = await librarian.PostWithTokenAsync("/ecosystem/Collection/volume", token: null, new() { ["volume"] = "StudentGenerated" });
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        var borrowedToken = await librarian.PostWithTokenAsync("/ecosystem/Collection/volume", studentsToken, new() { ["volume"] = "StudentGenerated" });
        Assert.Equal(HttpStatusCode.BadRequest, borrowedToken.StatusCode);

        Assert.Equal(Volume.LibrarianGenerated, await CollectionVolumeAsync());
        Assert.Equal(changesBefore, await app.WithDbAsync(db => db.VolumeChanges.CountAsync()));
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task An_anonymous_visit_to_the_catalog_redirects_to_login()
    {
        using var anonymous = app.NewBrowser();
        var response = await anonymous.GetAsync("/catalog");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", CollectionArrange.PathOf(response), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/accounts")]
    [InlineData("/collection/settings")]
    [InlineData("/audit")]
    public async Task A_student_cannot_open_librarian_pages(string url)
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var first = await student.GetAsync(url);
        CollectionArrange.AssertNoServerError(first, $"GET {url}");
        var response = await CollectionArrange.FollowAccessDeniedAsync(student, first);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Your account cannot open that page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_cannot_change_the_collection_volume()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        var changesBefore = await app.WithDbAsync(db => db.VolumeChanges.CountAsync());
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        Assert.DoesNotContain("Save Collection volume", await teacher.GetPageAsync("/ecosystem"), StringComparison.Ordinal);
        var response = await teacher.ForgePostAsync("/ecosystem", "/ecosystem/Collection/volume", new() { ["volume"] = "StudentGenerated", ["reason"] = "Teacher tries" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only librarians may", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Volume.LibrarianGenerated, await CollectionVolumeAsync());
        Assert.Equal(changesBefore, await app.WithDbAsync(db => db.VolumeChanges.CountAsync()));
    }

    [Fact]
    public async Task A_librarians_volume_change_is_audited_with_the_librarians_name()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        var librarianId = await app.UserIdAsync(LibraryAppFactory.Librarian);
        var reason = CollectionArrange.Unique("Audit trail check ");
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var response = await librarian.SubmitAsync("/ecosystem", "Save Collection volume", new() { ["Set the volume of Collection"] = "Cocreated", ["Reason for the change (optional, shown in the timeline)"] = reason });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Volume.Cocreated, await CollectionVolumeAsync());
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(entry => entry.Details.Contains(reason)).SingleAsync());
        Assert.Equal(librarianId, entry.ActorId);
        Assert.Equal("Ms. Alvarez", entry.ActorName);
        Assert.Equal("Ecosystem.ChangeVolume", entry.Action);
    }

    [Fact]
    public async Task A_librarians_request_status_change_is_audited_with_the_librarians_name()
    {
        var librarianId = await app.UserIdAsync(LibraryAppFactory.Librarian);
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var response = await librarian.SubmitAsync($"/requests/{requestId}", "Update request", new() { ["New status"] = "Under review" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(RequestStatus.UnderReview, await app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == requestId).Select(request => request.Status).SingleAsync()));
        Assert.Equal(auditBefore + 1, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        var statusChanges = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(entry => entry.Action == "Collection.ChangeRequestStatus").ToListAsync());
        var entry = Assert.Single(statusChanges, entry => RequestIdIn(entry.Details) == requestId);
        Assert.Equal(librarianId, entry.ActorId);
        Assert.Equal("Ms. Alvarez", entry.ActorName);
    }

    [Fact]
    public async Task The_audit_entry_shows_the_librarians_input_as_typed_with_statuses_by_name()
    {
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        var reason = await app.WithDbAsync(db => db.DeclineReasons.Where(reason => reason.IsActive).OrderBy(reason => reason.Text).Select(reason => reason.Text).FirstAsync());
        const string note = "Ms. O'Brien's class prefers <graphic novels> & comics, café too";
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var response = await librarian.SubmitAsync($"/requests/{requestId}", "Update request", new()
        {
            ["New status"] = "Declined",
            ["Decline reason (when declining)"] = reason,
            ["Note to students (optional)"] = note,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(entry => entry.Action == "Collection.ChangeRequestStatus" && entry.Details.Contains(note)).SingleAsync());
        Assert.Contains("\"Status\":\"Declined\"", entry.Details, StringComparison.Ordinal);
        Assert.Equal(requestId, RequestIdIn(entry.Details));
    }

    [Fact]
    public async Task A_staff_change_longer_than_the_audit_column_is_audited_cut_at_4000_characters()
    {
        var criteria = "Books students will read. " + new string('x', 3974);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var settings = await app.WithDbAsync(db => db.CollectionSettings.AsNoTracking().SingleAsync());

        var response = await librarian.SubmitAsync("/collection/settings", "Save settings", new()
        {
            ["Open requests allowed per student per term"] = "3",
            ["Published selection criteria"] = criteria,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(criteria, await app.WithDbAsync(db => db.CollectionSettings.Select(settings => settings.SelectionCriteria).SingleAsync()));
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(entry => entry.Action == "Collection.UpdateCollectionSettings").OrderByDescending(entry => entry.Id).FirstAsync());
        Assert.Equal(4000, entry.Details.Length);
        Assert.StartsWith($"{{\"CurrentTerm\":\"{settings.CurrentTerm}\"", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Student_actions_write_no_audit_entries()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.RaiseOpenRequestLimitAsync(app);
        var titleId = await CollectionArrange.FreshTitleAsync(app);
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        using var student = await TestBrowser.SignedInAsync(app, "diego@school.test");

        HttpResponseMessage[] responses =
        [
            await student.SubmitAsync("/requests/new", "Submit request", new() { ["Title"] = CollectionArrange.Unique("Unaudited "), ["Author"] = "Someone", ["Why should the library get it?"] = "Because." }),
            await student.SubmitAsync($"/requests/{requestId}", "Vote for this book"),
            await student.SubmitAsync($"/requests/{requestId}", "Post comment", new() { ["Add a comment"] = "Yes please." }),
            await student.SubmitAsync($"/catalog/{titleId}", "Post review", new() { ["Rating"] = "3 stars", ["Review (optional)"] = "Fine." }),
            await student.SubmitAsync($"/catalog/{titleId}", "Add tag", new() { ["Add a genre or topic tag"] = CollectionArrange.Unique("t") }),
            await student.SubmitAsync("/shelves/new", "Create shelf", new() { ["Shelf name"] = CollectionArrange.Unique("Diego "), ["What ties these books together?"] = string.Empty }),
        ];

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    private static int? RequestIdIn(string details)
    {
        using var json = JsonDocument.Parse(details);
        return json.RootElement.TryGetProperty("RequestId", out var id) ? id.GetInt32() : null;
    }

    private Task<Volume> CollectionVolumeAsync() =>
        app.WithDbAsync(db => db.ElementVolumes.Where(setting => setting.Element == EcosystemElement.Collection).Select(setting => setting.Volume).SingleAsync());
}

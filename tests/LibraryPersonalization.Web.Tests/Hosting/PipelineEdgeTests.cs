namespace LibraryPersonalization.Web.Tests.Hosting;

public class PipelineEdgeTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_status_the_form_never_offers_is_refused_before_any_command_runs()
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var request = await app.WithDbAsync(db => db.BookRequests.Where(candidate => candidate.Status == RequestStatus.Submitted).Select(candidate => new { candidate.Id, candidate.Version }).FirstAsync());
        var auditsBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        var response = await librarian.ForgePostAsync(
            $"/requests/{request.Id}",
            $"/requests/{request.Id}/status",
            new() { ["Status"] = "Shredded", ["Version"] = request.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await librarian.GetPageAsync($"/requests/{request.Id}"));
        Assert.Contains("The value 'Shredded' is not valid", page, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await app.WithDbAsync(db => db.BookRequests.Where(candidate => candidate.Id == request.Id).Select(candidate => candidate.Status).SingleAsync()));
        Assert.Equal(auditsBefore, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Pages_forbid_framing_sniffing_and_scripts_from_elsewhere()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var response = await student.GetAsync("/catalog");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_student_at_any_volume_sees_the_collection_volume_on_the_home_page()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var home = WebUtility.HtmlDecode(await student.GetPageAsync("/"));

        Assert.Contains("is at <strong>Cocreated</strong>", home, StringComparison.Ordinal);
        Assert.Contains("suggest a purchase (book request)", home, StringComparison.Ordinal);
    }
}

using LibraryPersonalization.Domain.Auditing;
using LibraryPersonalization.Web.Features.Audit;
using LibraryPersonalization.Web.Tests.Journeys;

namespace LibraryPersonalization.Web.Tests.Audit;

/// <summary>Librarians filter the audit log by what, who and when, and export exactly what they filtered.</summary>
[Collection(JourneySteps.Collection)]
public class AuditLogTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task The_librarian_filters_by_action_person_and_dates_and_the_export_holds_the_same_changes()
    {
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        await app.WithDbAsync(async db =>
        {
            await db.AuditEntries.ExecuteDeleteAsync();
            db.AuditEntries.AddRange(
                Entry("Ms. Alvarez", "Ecosystem.ChangeVolume", "{\"Reason\":\"Trying student shelves\"}", yesterday),
                Entry("Mr. Okafor", "HelpDesk.PostReply", "{\"Text\":\"See the desk, \\\"please\\\"\"}", yesterday.AddHours(1)),
                Entry("Ms. Alvarez", "HelpDesk.MergeTickets", "{\"IntoTicketId\":3}", yesterday.AddDays(-10)));
            await db.SaveChangesAsync();
        });
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var byAction = await (await librarian.OpenFormAsync("/audit", "Filter")).Fill("What", "HelpDesk.PostReply").SubmitAsync();
        var actionRows = Entries(await JourneySteps.BodyAsync(byAction));
        Assert.Contains("See the desk", Assert.Single(actionRows), StringComparison.Ordinal);

        var byPerson = await (await librarian.OpenFormAsync("/audit", "Filter")).Fill("Who (part of the name)", "alvarez").SubmitAsync();
        Assert.Equal(2, Entries(await JourneySteps.BodyAsync(byPerson)).Count);

        var day = Bookings.BookingTestData.Calendar.DateOf(yesterday).AddDays(-3);
        var recent = await (await librarian.OpenFormAsync("/audit", "Filter")).Fill(new Dictionary<string, string> { ["Who (part of the name)"] = "alvarez", ["From"] = Bookings.BookingTestData.Iso(day) }).SubmitAsync();
        var recentPage = await recent.Content.ReadAsStringAsync();
        Assert.Contains("Trying student shelves", Assert.Single(Entries(recentPage)), StringComparison.Ordinal);

        var export = await librarian.GetAsync(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(recentPage).QuerySelectorAll("a").Single(link => link.TextContent.StartsWith("Download these changes", StringComparison.Ordinal)).GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var lines = (await export.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("When (school time),Who,What,Details", lines[0]);
        Assert.Single(lines[1..]);
        Assert.EndsWith(",\"Ms. Alvarez\",\"Ecosystem.ChangeVolume\",\"{\"\"Reason\"\":\"\"Trying student shelves\"\"}\"", lines[1], StringComparison.Ordinal);

        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        var refused = await teacher.GetAsync("/audit/export.csv");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("Trying student shelves", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("Ms. Alvarez", "\"Ms. Alvarez\"")]
    public void An_exported_cell_is_quoted_and_never_starts_a_formula(string text, string cell) =>
        Assert.Equal(cell, AuditLog.Cell(text));

    private static List<string> Entries(string page) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelectorAll("tr[data-testid=audit-entry]").Select(row => row.TextContent).ToList();

    private static AuditEntry Entry(string actor, string action, string details, DateTimeOffset at) =>
        new() { ActorId = "someone", ActorName = actor, Action = action, Details = details, At = at };
}

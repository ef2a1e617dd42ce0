namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>Each request is one event in the host's own log, so its levels, redaction and JSON file apply to it.</summary>
public class RequestLogTests(JsonLogAppFactory app) : IClassFixture<JsonLogAppFactory>
{
    [Fact]
    public async Task A_missing_page_is_logged_once_with_the_status_sent()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var path = $"/no-such-page-{Guid.NewGuid():N}";

        Assert.Equal(HttpStatusCode.NotFound, (await student.GetAsync(path)).StatusCode);

        var events = app.ReadLog().Split('\n').Where(line => line.Contains("responded {StatusCode}", StringComparison.Ordinal)).ToList();
        var logged = Assert.Single(events, line => line.Contains(path, StringComparison.Ordinal));
        Assert.Contains("\"StatusCode\":404", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(events, line => line.Contains("\"RequestPath\":\"/error/404\"", StringComparison.Ordinal));
    }
}

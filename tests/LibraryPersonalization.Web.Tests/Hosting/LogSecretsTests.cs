using AngleSharp.Html.Parser;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>Everything a school must keep out of its logs, sent through the real pages: passwords, tokens, cookies and private text.</summary>
public class LogSecretsTests(JsonLogAppFactory app) : IClassFixture<JsonLogAppFactory>
{
    [Fact]
    public async Task Passwords_tokens_cookies_and_private_questions_never_reach_the_log()
    {
        const string temporary = "Tmp-Secret-Pass-4711";
        const string reset = "Reset-Secret-Pass-4712";
        const string wrong = "Wrong-Secret-Pass-4713";
        const string privateQuestion = "My parents are divorcing and I cannot concentrate on homework";
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var created = await librarian.SubmitAsync("/accounts/new", "Create account", new()
        {
            ["Name"] = "Lena Secret",
            ["Email"] = "lena.secret@school.test",
            ["Role"] = "Student",
            ["Grade (students)"] = "8",
            ["Temporary password"] = temporary,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        using var lena = app.NewBrowser();
        Assert.Equal(HttpStatusCode.OK, (await lena.LoginAsync("lena.secret@school.test", wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await lena.LoginAsync("lena.secret@school.test", temporary)).StatusCode);
        var antiforgery = await lena.AntiforgeryTokenAsync("/help/ask");
        var asked = await lena.SubmitAsync("/help/ask", "Send my question", new() { ["Subject"] = "Worried", ["Your question"] = privateQuestion });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        await lena.SubmitAsync("/calendar", "Create my calendar link");
        var feedUrl = new HtmlParser().ParseDocument(await lena.GetPageAsync("/calendar")).QuerySelector("input#feed-url")?.GetAttribute("value");
        Assert.NotNull(feedUrl);
        using (var calendarApp = app.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(new Uri(feedUrl))).StatusCode);
        }

        var resetDone = await librarian.SubmitAsync("/accounts?search=lena", "Reset password and unlock", new() { ["New temporary password"] = reset }, near: "lena.secret@school.test");
        Assert.Equal(HttpStatusCode.Redirect, resetDone.StatusCode);
        var feedToken = feedUrl[(feedUrl.LastIndexOf('/') + 1)..].Replace(".ics", "", StringComparison.Ordinal);

        var log = app.ReadLog();

        Assert.Contains("\"Email\":\"lena.secret@school.test\"", log, StringComparison.Ordinal);
        Assert.Contains("/calendar/feed/[redacted]", log, StringComparison.Ordinal);
        foreach (var (secret, what) in new[] { (temporary, "temporary password"), (reset, "reset password"), (wrong, "mistyped password"), (antiforgery, "antiforgery token"), (feedToken, "calendar feed token"), (privateQuestion, "private question") })
        {
            Assert.False(log.Contains(secret, StringComparison.Ordinal), $"The log contains the {what}.");
        }

        Assert.DoesNotContain(".AspNetCore.Identity.Application=", log, StringComparison.Ordinal);
    }
}

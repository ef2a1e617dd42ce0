using System.Text.RegularExpressions;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>Small steps the journeys share: what a person reads on a page and what a browser does after a redirect.</summary>
internal static partial class JourneySteps
{
    /// <summary>
    /// The journey classes run one after another (each still on its own database): Program.Main installs Serilog's
    /// bootstrap logger and every host freezes it, so two hosts booting at once can fail with "The logger is already frozen".
    /// </summary>
    public const string Collection = "Journeys";

    /// <summary>The page as a person reads it: entities decoded (apostrophes, quotes, ampersands).</summary>
    public static string Read(string html) => WebUtility.HtmlDecode(html);

    /// <summary>GETs a page and returns it decoded.</summary>
    public static async Task<string> ReadPageAsync(this TestBrowser browser, string url) => Read(await browser.GetPageAsync(url));

    /// <summary>Asserts a redirect and returns where it points.</summary>
    public static string RedirectTarget(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Follows a redirect as a browser would and returns the decoded page it lands on.</summary>
    public static async Task<string> FollowAsync(this TestBrowser browser, HttpResponseMessage response) =>
        await browser.ReadPageAsync(RedirectTarget(response));

    /// <summary>The decoded body of a response that is not a redirect.</summary>
    public static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Read(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The part of a page from <paramref name="start"/> up to (not including) the next <paramref name="end"/>.</summary>
    public static string Slice(string html, string start, string end)
    {
        ArgumentNullException.ThrowIfNull(html);
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"\"{start}\" is not on the page");
        var to = html.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return to < 0 ? html[from..] : html[from..to];
    }

    /// <summary>The number in a home page's "needs attention" line that links to <paramref name="href"/>.</summary>
    public static int AttentionCount(string homePage, string href)
    {
        var match = Regex.Match(homePage, $"<a href=\"{Regex.Escape(href)}\"><strong>(\\d+)</strong>");
        Assert.True(match.Success, $"No needs-attention line for {href}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of the first table on the page.</summary>
    public static IReadOnlyList<string> TableRows(string html) =>
        RowPattern().Matches(Slice(html, "<tbody>", "</tbody>")).Select(match => match.Groups[1].Value).ToList();

    /// <summary>The librarian creates a student account on /accounts/new; the student then signs in with it.</summary>
    public static async Task<TestBrowser> NewStudentAsync(LibraryAppFactory app, TestBrowser librarian, string name)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(librarian);
        var email = $"{name.ToLowerInvariant().Replace(' ', '.')}.{Guid.NewGuid().ToString("N")[..8]}@school.test";
        var created = await librarian.SubmitAsync("/accounts/new", "Create account", new()
        {
            ["Name"] = name,
            ["Email"] = email,
            ["Role"] = "Student",
            ["Grade (students)"] = "10",
            ["Temporary password"] = LibraryAppFactory.Password,
        });
        Assert.Equal("/accounts", RedirectTarget(created));
        return await TestBrowser.SignedInAsync(app, email);
    }

    /// <summary>A title nobody has reviewed, tagged or shelved yet, so a journey starts from a clean page.</summary>
    public static Task<(int Id, string Title)> UntouchedTitleAsync(LibraryAppFactory app, int skip = 0)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync(async db =>
        {
            var title = await db.Titles
                .Where(title => !title.Reviews.Any() && !title.Tags.Any() && !db.Shelves.Any(shelf => shelf.Items.Any(item => item.TitleId == title.Id)))
                .OrderByDescending(title => title.Id)
                .Skip(skip)
                .Select(title => new { title.Id, title.Title })
                .FirstAsync();
            return (title.Id, title.Title);
        });
    }

    public static Task<RequestStatus> RequestStatusAsync(LibraryAppFactory app, int requestId)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == requestId).Select(request => request.Status).SingleAsync());
    }

    /// <summary>The request id at the end of a /requests/{id} URL.</summary>
    public static int RequestId(string requestUrl) =>
        int.Parse(requestUrl.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}

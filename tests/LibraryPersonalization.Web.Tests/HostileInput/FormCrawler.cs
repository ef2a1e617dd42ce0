using AngleSharp.Html.Parser;

namespace LibraryPersonalization.Web.Tests.HostileInput;

/// <summary>What one person's crawl found: one form of each kind, every form seen, the pages asked for, and what went wrong on the way.</summary>
public sealed class Crawl
{
    /// <summary>One form of each kind, in the order they were found.</summary>
    public List<WebForm> Forms { get; } = [];

    /// <summary>Every form seen, before those of a kind already found were dropped.</summary>
    public List<WebForm> Seen { get; } = [];

    public List<string> Problems { get; } = [];

    /// <summary>Kinds of form left out, each with why.</summary>
    public Dictionary<string, string> Skipped { get; } = [];

    /// <summary>The pages asked for, in order.</summary>
    public List<string> Pages { get; } = [];

    /// <summary>Forms of one kind are alike: the same method, action shape, field names and button pressed.</summary>
    public static string KeyOf(WebForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = form.Inputs.Select(input => input.Kind == "submit" ? $"{input.Name}={string.Join('|', input.Offered)}" : input.Name).Order(StringComparer.Ordinal);
        return $"{form.Method} {AddressShape.Of(form.Action)} [{string.Join(", ", fields)}]";
    }

    /// <summary>Adds the forms of <paramref name="other"/> this crawl lacks.</summary>
    public void Add(Crawl other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var known = Forms.Select(KeyOf).ToHashSet();
        Forms.AddRange(other.Forms.Where(form => known.Add(KeyOf(form))));
        Seen.AddRange(other.Seen);
        Problems.AddRange(other.Problems);
        foreach (var (key, why) in other.Skipped)
        {
            Skipped.TryAdd(key, why);
        }

        Pages.AddRange(other.Pages);
    }
}

/// <summary>
/// Finds the forms a person can reach: from the home page it follows the site's own links (and GET forms, as sent
/// with their defaults) breadth-first, a few pages of each address shape, up to a budget of pages. Looking at pages
/// must change nothing in the database.
/// </summary>
public sealed class FormCrawler(LibraryAppFactory app, TestBrowser browser, string ownUserId)
{
    private const int PageBudget = 300;
    private const int PagesPerShape = 3;

    /// <summary>Links not followed: the anonymous calendar feed is for calendar programs, and downloads (.ics, .csv) carry no forms.</summary>
    private static bool IsSkipped(string url) =>
        url.StartsWith("/calendar/feed/", StringComparison.Ordinal)
        || url.Split('?')[0].EndsWith(".ics", StringComparison.Ordinal)
        || url.Split('?')[0].EndsWith(".csv", StringComparison.Ordinal);

    /// <summary>Forms never posted, each with why: each would sign the crawling person out in the middle of the run.</summary>
    private readonly (Func<WebForm, bool> Matches, string Why)[] skippedForms =
    [
        (form => form.Action.StartsWith("/account/logout", StringComparison.Ordinal), "signing out ends the run's session"),
        (form => form.Action.StartsWith("/account/sign-ins/end", StringComparison.Ordinal), "\"sign out everywhere\" ends the run's session"),
        (form => form.Action.Contains(ownUserId, StringComparison.OrdinalIgnoreCase),
            "the crawling person's own account (a librarian's own row on Accounts): a new password changes their security stamp and ending their sign-ins signs them out; the same forms are posted for other accounts"),
    ];

    public async Task<Crawl> CrawlAsync()
    {
        var crawl = new Crawl();
        var before = await DatabaseFingerprint.TakeAsync(app);
        var known = new HashSet<string>();
        var queued = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0 && crawl.Pages.Count < PageBudget)
        {
            var url = queue.Dequeue();
            var response = await browser.GetAsync(url);
            crawl.Pages.Add(url);
            if ((int)response.StatusCode >= 500)
            {
                crawl.Problems.Add($"GET {url} answered {(int)response.StatusCode}");
                continue;
            }

            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            var forms = WebForm.AllOn(html, url, browser);
            foreach (var form in forms)
            {
                if (skippedForms.FirstOrDefault(skip => skip.Matches(form)).Why is { } why)
                {
                    crawl.Skipped.TryAdd(Crawl.KeyOf(form), why);
                    continue;
                }

                crawl.Seen.Add(form);
                if (known.Add(Crawl.KeyOf(form)))
                {
                    crawl.Forms.Add(form);
                }
            }

            var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href]").Select(link => Local(url, link.GetAttribute("href")!))
                .Concat(forms.Where(form => form.Method == "GET").Select(form => (string?)form.Url));
            foreach (var link in links.OfType<string>().Where(link => !IsSkipped(link)))
            {
                var shape = AddressShape.Of(link);
                if (queued.Add(link) && shapes.GetValueOrDefault(shape) < PagesPerShape)
                {
                    shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                    queue.Enqueue(link);
                }
            }
        }

        if ((await DatabaseFingerprint.TakeAsync(app)).ChangesSince(before) is { Count: > 0 } changes)
        {
            crawl.Problems.Add($"Only looking at {string.Join(", ", crawl.Pages)} changed {string.Join(", ", changes)}");
        }

        return crawl;
    }

    /// <summary>The path and query of a link on this site, or null for one elsewhere (another host, mail, a fragment of this page).</summary>
    private static string? Local(string pageUrl, string href)
    {
        var page = new Uri(new Uri("http://localhost"), pageUrl);
        if (!Uri.TryCreate(page, href, out var target) || target.Scheme != "http" || target.Host != "localhost" || target.PathAndQuery == page.PathAndQuery)
        {
            return null;
        }

        return target.PathAndQuery;
    }
}

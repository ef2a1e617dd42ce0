using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using LibraryPersonalization.Web.Features.Tutorials;
using LibraryPersonalization.Web.Tests.Journeys;
using Microsoft.AspNetCore.Hosting;
using static LibraryPersonalization.Web.Tests.Tutorials.TutorialArrange;

namespace LibraryPersonalization.Web.Tests.Tutorials;

/// <summary>
/// Hostile Markdown and hostile text reach every page that shows a tutorial as inert text or safe elements: no script,
/// no event handler, no script or data link, no image from a host the school did not allow. Allowed Markdown still renders.
/// </summary>
[Collection(JourneySteps.Collection)]
public partial class TutorialXssTests(TutorialXssTests.ImageHostAppFactory app) : IClassFixture<TutorialXssTests.ImageHostAppFactory>
{
    /// <summary>The demo school with one host its tutorials may show images from.</summary>
    public sealed class ImageHostAppFactory : LibraryAppFactory
    {
        public const string AllowedHost = "images.school.test";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Tutorials:ImageHosts:0", AllowedHost);
        }
    }

    private static readonly HashSet<string> SafeSchemes = ["http", "https", "mailto"];

    private static readonly HashSet<string> UrlAttributes = ["href", "src", "action", "formaction", "srcset", "xlink:href", "background", "poster", "cite", "data"];

    public static TheoryData<string> MarkdownPayloads() => new(
        "<script>alert('xss')</script>",
        "<img src=x onerror=alert('xss')>",
        "[click](javascript:alert('xss'))",
        "[click](JaVaScRiPt:alert('xss'))",
        "![pic](javascript:alert('xss'))",
        "<a href=\"javascript:alert('xss')\">click</a>",
        "<iframe src=\"https://evil.test/\"></iframe>",
        "<svg onload=alert('xss')>",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzJyk8L3NjcmlwdD4=)",
        "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert('xss'))",
        "[click](&#x6A;avascript&colon;alert('xss'))",
        "[click](<java\tscript:alert('xss')>)",
        "[click](vbscript:msgbox('xss'))",
        "<javascript:alert('xss')>",
        "<style>body { background: url(javascript:alert('xss')) }</style>",
        "![pic](https://evil.test/a.png)",
        "![pic](//evil.test/a.png)",
        "![pic](/\\evil.test/a.png)",
        "![pic](http://images.school.test/a.png)",
        "![pic](https://images.school.test@evil.test/a.png)",
        "![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[click](https://library.school.test/ \"title\\\" onmouseover=\\\"alert('xss')\")",
        "<details open ontoggle=alert('xss')>");

    /// <summary>Each short enough to be a topic (40 characters) and free of commas, so one payload is one topic.</summary>
    public static TheoryData<string> TextPayloads() => new(
        "<script>alert('xss')</script>",
        "<img src=x onerror=alert('xss')>",
        "\"><svg onload=alert('xss')>",
        "<a href=\"javascript:alert('xss')\">x</a>",
        "<iframe src=//evil.test></iframe>",
        "';alert('xss');//",
        "javascript:alert('xss')");

    [Theory]
    [MemberData(nameof(MarkdownPayloads))]
    public async Task Hostile_markdown_in_a_tutorial_body_renders_nothing_that_runs_or_loads_from_elsewhere(string payload)
    {
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.StudentGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var id = await WriteAsync(maya, "Hostile body", "A body that tries to run something.", $"Before the payload.\n\n{payload}\n\nAfter the payload.");
        await maya.SubmitAsync($"/tutorials/{id}", "Publish for everyone");
        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);

        foreach (var (person, page) in new[] { (jonah, $"/tutorials/{id}"), (maya, $"/tutorials/{id}"), (maya, $"/tutorials/{id}/compare?from=1&to=1") })
        {
            AssertSafe(await person.GetPageAsync(page), page);
        }

        var article = new HtmlParser().ParseDocument(await jonah.GetPageAsync($"/tutorials/{id}")).QuerySelector("article.tutorial-body")!;
        Assert.Contains("Before the payload.", article.TextContent, StringComparison.Ordinal);
        Assert.Contains("After the payload.", article.TextContent, StringComparison.Ordinal);
        Assert.Empty(article.QuerySelectorAll("[style], form, input, button, textarea, select"));
    }

    [Theory]
    [MemberData(nameof(TextPayloads))]
    public async Task Hostile_text_in_a_title_summary_topic_comment_and_request_stays_text_on_every_page_that_shows_it(string payload)
    {
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.StudentGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var id = await WriteAsync(maya, $"Title {payload}", $"Summary {payload}", "1. Plain steps.", payload);
        await maya.SubmitAsync($"/tutorials/{id}", "Publish for everyone");
        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        await jonah.SubmitAsync($"/tutorials/{id}", "Post comment", new() { ["Add a comment"] = $"Comment {payload}" });
        await jonah.SubmitAsync("/tutorials/requests", "Ask for it", new() { ["I need a tutorial on…"] = $"Request {payload}", ["What would help? (optional)"] = $"Details {payload}" });
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var topic = Uri.EscapeDataString(payload.ToLowerInvariant());
        var search = Uri.EscapeDataString(payload);

        foreach (var (person, page) in new[]
        {
            (jonah, "/tutorials"), (jonah, $"/tutorials?topic={topic}"), (jonah, $"/tutorials?q={search}"), (jonah, $"/tutorials/{id}"),
            (jonah, "/tutorials/requests"), (librarian, "/tutorials/requests"), (librarian, $"/tutorials/{id}"),
            (maya, "/"), (maya, "/tutorials?drafts=true"), (maya, $"/tutorials/{id}/history"), (maya, $"/tutorials/{id}/edit"), (maya, $"/tutorials/{id}/compare?from=1&to=1"),
        })
        {
            AssertSafe(await person.GetPageAsync(page), page);
        }

        var tutorial = new HtmlParser().ParseDocument(await jonah.GetPageAsync($"/tutorials/{id}")).Body!.TextContent;
        Assert.Contains($"Title {payload}", tutorial, StringComparison.Ordinal);
        Assert.Contains($"Summary {payload}", tutorial, StringComparison.Ordinal);
        Assert.Contains(payload.ToLowerInvariant(), tutorial, StringComparison.Ordinal);
        Assert.Contains($"Comment {payload}", tutorial, StringComparison.Ordinal);
        Assert.Contains($"Title {payload}", new HtmlParser().ParseDocument(await jonah.GetPageAsync($"/tutorials?q={search}")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Request {payload}", new HtmlParser().ParseDocument(await jonah.GetPageAsync("/tutorials/requests")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allowed_markdown_renders_as_elements_and_images_show_from_this_site_and_the_allowed_host_only()
    {
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.StudentGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var id = await WriteAsync(maya, "Find the quiet study rooms", "Where the quiet rooms are and how to book one.", string.Join("\n\n",
            "# Where to go",
            "Bring **your student card** to the desk.",
            "- Room A by the windows\n- Room B behind the atlases",
            "Check [the library hours](https://library.school.test/hours) first.",
            "![floor map](/images/map.png)",
            $"![library logo](https://{ImageHostAppFactory.AllowedHost}/logo.png)",
            "![tracking pixel](https://evil.test/a.png)"));
        await maya.SubmitAsync($"/tutorials/{id}", "Publish for everyone");
        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);

        var html = await jonah.GetPageAsync($"/tutorials/{id}");

        AssertSafe(html, $"/tutorials/{id}");
        var article = new HtmlParser().ParseDocument(html).QuerySelector("article.tutorial-body")!;
        Assert.Equal(["Where to go"], article.QuerySelectorAll("h2").Select(heading => heading.TextContent));
        Assert.Empty(article.QuerySelectorAll("h1"));
        Assert.Equal(["your student card"], article.QuerySelectorAll("strong").Select(bold => bold.TextContent));
        Assert.Equal(["Room A by the windows", "Room B behind the atlases"], article.QuerySelectorAll("ul > li").Select(item => item.TextContent));
        var link = Assert.Single(article.QuerySelectorAll("a"));
        Assert.Equal(("the library hours", "https://library.school.test/hours", "nofollow noopener noreferrer"), (link.TextContent, link.GetAttribute("href"), link.GetAttribute("rel")));
        Assert.Equal(["/images/map.png", $"https://{ImageHostAppFactory.AllowedHost}/logo.png"], article.QuerySelectorAll("img").Select(image => image.GetAttribute("src")));
        Assert.Equal(["floor map", "library logo"], article.QuerySelectorAll("img").Select(image => image.GetAttribute("alt")));
        Assert.Contains(TutorialMarkdown.ImageRemoved, article.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.test", article.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_is_told_to_load_images_from_this_site_and_the_allowed_host_only()
    {
        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);

        var policy = (await jonah.GetAsync("/tutorials")).Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains($"img-src 'self' https://{ImageHostAppFactory.AllowedHost};", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_video_link_that_is_not_a_web_address_is_refused_on_the_form()
    {
        await app.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.StudentGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var refused = await (await maya.OpenFormAsync("/tutorials/new", "Save draft"))
            .FillTutorial("Video with a script link", "Tries a script as its video.", "1. Watch.")
            .Fill("Video link (optional: readers get a link, nothing is embedded)", "javascript:alert('xss')")
            .SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The video link must be a web address starting with https://.", await JourneySteps.BodyAsync(refused), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<Domain.Tutorials.Tutorial>().AnyAsync(tutorial => tutorial.Title == "Video with a script link")));
    }

    /// <summary>Only the site's own script, no element that embeds or styles, no event handler, only web and mail links, images only from allowed places.</summary>
    private static void AssertSafe(string html, string where)
    {
        var document = new HtmlParser().ParseDocument(html);
        Assert.All(document.QuerySelectorAll("script"), script =>
            Assert.True(script.GetAttribute("src")?.StartsWith("/js/site.js", StringComparison.Ordinal) == true && script.TextContent.Length == 0, $"{where} runs a script: {script.OuterHtml}"));
        Assert.True(document.QuerySelectorAll("iframe, frame, object, embed, style, base, svg, math, meta[http-equiv]").Length == 0, $"{where} embeds: {string.Join(' ', document.QuerySelectorAll("iframe, frame, object, embed, style, base, svg, math, meta[http-equiv]").Select(element => element.OuterHtml))}");
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where} has an event handler: {element.OuterHtml}");
                Assert.True(!UrlAttributes.Contains(attribute.Name) || IsSafeUrl(attribute.Value), $"{where} links to {attribute.Value}: {element.OuterHtml}");
            }

            Assert.True(element is not AngleSharp.Html.Dom.IHtmlImageElement || IsAllowedImage(element.GetAttribute("src")), $"{where} shows an image from elsewhere: {element.OuterHtml}");
        }
    }

    /// <summary>As a browser reads it: tabs and newlines inside and control characters around are dropped before the scheme is read.</summary>
    private static bool IsSafeUrl(string url)
    {
        var cleaned = new string(url.Where(character => character is not ('\t' or '\n' or '\r')).ToArray()).Trim().TrimStart(Enumerable.Range(0, 33).Select(code => (char)code).ToArray());
        var scheme = Scheme().Match(cleaned);
        return !scheme.Success || SafeSchemes.Contains(scheme.Groups[1].Value.ToLowerInvariant());
    }

    private static bool IsAllowedImage(string? src) =>
        src is not null
        && (src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) && !src.StartsWith("/\\", StringComparison.Ordinal)
            || Uri.TryCreate(src, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps && url.Host == ImageHostAppFactory.AllowedHost && string.IsNullOrEmpty(url.UserInfo));

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();
}

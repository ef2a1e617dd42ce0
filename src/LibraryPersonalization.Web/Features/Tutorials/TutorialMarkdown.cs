using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;

namespace LibraryPersonalization.Web.Features.Tutorials;

public sealed class TutorialOptions
{
    /// <summary>Hosts a tutorial may show images from (https only); images on this site's own paths are always allowed.</summary>
    public IReadOnlyList<string> ImageHosts { get; set; } = [];
}

/// <summary>
/// Turns a tutorial's Markdown into HTML that is safe to show: raw HTML in the Markdown is shown as text, and the result
/// passes a sanitizer that keeps no scripts, event handlers or <c>javascript:</c> links, and images only from allowed sources.
/// </summary>
public sealed class TutorialMarkdown
{
    public const string ImageRemoved = "[image not shown: only images from this site or an allowed host appear]";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseAutoLinks().Build();

    private readonly HtmlSanitizer sanitizer = new();
    private readonly HashSet<string> imageHosts;

    public TutorialMarkdown(IOptions<TutorialOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        imageHosts = options.Value.ImageHosts.ToHashSet(StringComparer.OrdinalIgnoreCase);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.ExceptWith(["form", "input", "button", "select", "textarea", "iframe", "style"]);
        sanitizer.FilterUrl += (_, filter) =>
        {
            if (filter.Tag.NodeName == "IMG" && !IsAllowedImage(filter.OriginalUrl))
            {
                filter.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, processed) =>
        {
            if (processed.Node is not IElement element)
            {
                return;
            }

            if (element.NodeName == "IMG" && !element.HasAttribute("src"))
            {
                processed.ReplacementNodes.Add(processed.Document.CreateTextNode(ImageRemoved));
            }
            else if (element.NodeName == "A")
            {
                element.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
    }

    public IHtmlContent Render(string markdown)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // The page's own title is the one h1; the tutorial's headings sit below it.
            heading.Level = Math.Max(2, heading.Level);
        }

        return new HtmlString(sanitizer.Sanitize(document.ToHtml(Pipeline)));
    }

    private bool IsAllowedImage(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme == Uri.UriSchemeHttps && imageHosts.Contains(absolute.Host);
}

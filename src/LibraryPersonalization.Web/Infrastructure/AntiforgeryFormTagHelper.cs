using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>
/// Puts the antiforgery token into every POST form written with a literal action URL, which the built-in form tag
/// helper leaves without one; forms routed with asp-controller/asp-action get theirs from the built-in helper.
/// </summary>
[HtmlTargetElement("form", Attributes = "[method=post]")]
public sealed class AntiforgeryFormTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (context.AllAttributes.ContainsName("action"))
        {
            output.PostContent.AppendHtml(generator.GenerateAntiforgery(ViewContext));
        }
    }
}

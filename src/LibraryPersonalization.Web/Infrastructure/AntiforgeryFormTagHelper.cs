using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>
/// Puts the antiforgery token into every POST form, including those with a literal action URL, which the built-in
/// form tag helper leaves without one.
/// </summary>
[HtmlTargetElement("form", Attributes = "[method=post]")]
public sealed class AntiforgeryFormTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Attributes.ContainsName("action"))
        {
            output.PostContent.AppendHtml(generator.GenerateAntiforgery(ViewContext));
        }
    }
}

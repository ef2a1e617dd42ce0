using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>Finds a controller's views in its feature folder: Features/{Feature}/Views/{View}.cshtml.</summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor descriptor)
        {
            context.Values[FeatureKey] = descriptor.ControllerTypeInfo.Namespace?.Split('.').Last();
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        ArgumentNullException.ThrowIfNull(context);
        var feature = context.Values.TryGetValue(FeatureKey, out var value) ? value : null;
        if (feature is not null)
        {
            yield return $"/Features/{feature}/Views/{{0}}.cshtml";
        }

        yield return "/Features/Shared/{0}.cshtml";
    }
}

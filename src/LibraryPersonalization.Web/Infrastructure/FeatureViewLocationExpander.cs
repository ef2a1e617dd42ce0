using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>
/// Finds a controller's views in its feature folder: Features/{Feature}/Views/{View}.cshtml, or
/// Features/{Feature}/{Part}/Views/{View}.cshtml for a controller in a sub-namespace such as Features.Bookings.Resources.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor descriptor)
        {
            context.Values[FeatureKey] = FolderOf(descriptor.ControllerTypeInfo.Namespace);
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

    private static string? FolderOf(string? controllerNamespace)
    {
        var parts = controllerNamespace?.Split('.') ?? [];
        var features = Array.IndexOf(parts, "Features");
        return features < 0 || features == parts.Length - 1 ? parts.LastOrDefault() : string.Join('/', parts[(features + 1)..]);
    }
}

using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Template;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>
/// A parameter named like a value of the action's route binds from the address only. MVC reads posted fields before
/// route values, so without this a field named <c>id</c> would change which record a form acts on.
/// </summary>
public sealed class RouteValuesWinConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var routeValueNames = action.Controller.Selectors.Concat(action.Selectors)
            .Select(selector => selector.AttributeRouteModel?.Template)
            .OfType<string>()
            .SelectMany(template => TemplateParser.Parse(template).Parameters.Select(parameter => parameter.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in action.Parameters.Where(parameter => routeValueNames.Contains(parameter.ParameterName) && parameter.BindingInfo?.BindingSource is null))
        {
            parameter.BindingInfo = new BindingInfo(parameter.BindingInfo ?? new BindingInfo()) { BindingSource = BindingSource.Path };
        }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Errors;

/// <summary>
/// The error page. It binds nothing, because it is re-executed with the failed request's method and body,
/// and a body the site could not read must not fail a second time here.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{statusCode:int?}")]
    public IActionResult Show()
    {
        var code = RouteData.Values["statusCode"] is string requested
            ? ErrorStatus.Shown(requested)
            : ErrorStatus.Shown(Response.StatusCode);
        Response.StatusCode = code;
        return View("Error", code);
    }
}

public static class ErrorStatus
{
    /// <summary>Only client and server error statuses are sent; anything else asked of the error page is "not found".</summary>
    public static int Shown(int statusCode) => statusCode is >= 400 and <= 599 ? statusCode : StatusCodes.Status404NotFound;

    public static int Shown(string statusCode) =>
        int.TryParse(statusCode, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? Shown(code)
            : StatusCodes.Status404NotFound;

    /// <summary>Requests the site could not read are the sender's fault (400, or the size limit's own 413), not a server error.</summary>
    public static int ForException(Exception exception) => exception switch
    {
        BadHttpRequestException badRequest => badRequest.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}

using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>Turns a request's <see cref="Result{T}"/> into the page a person expects.</summary>
public abstract class FeatureController(ISender sender) : Controller
{
    protected ISender Sender { get; } = sender;

    /// <summary>Sends a command; on success runs <paramref name="onSuccess"/>, otherwise shows the failure.
    /// Validation errors and conflicts re-render the form through <paramref name="redisplay"/> when there is one.</summary>
    protected async Task<IActionResult> Run<T>(
        ICommand<Result<T>> command,
        Func<T, IActionResult> onSuccess,
        Func<Task<IActionResult>>? redisplay = null)
    {
        ArgumentNullException.ThrowIfNull(onSuccess);
        if (!ModelState.IsValid)
        {
            return await ShowFailure(new Invalid(UnboundFields()), redisplay);
        }

        var result = await Sender.Send(command, HttpContext.RequestAborted);
        return result.Failure is null ? onSuccess(result.Value!) : await ShowFailure(result.Failure, redisplay);
    }

    /// <summary>Sends a query and shows its page, or the page for its failure (403 naming the volume needed, 404).
    /// A query that checks posted input (a preview) re-renders that form through <paramref name="redisplay"/> when it is invalid.</summary>
    protected async Task<IActionResult> Show<T>(IQuery<Result<T>> query, Func<T, IActionResult> show, Func<Task<IActionResult>>? redisplay = null)
    {
        ArgumentNullException.ThrowIfNull(show);
        var result = await Sender.Send(query, HttpContext.RequestAborted);
        return result.Failure is null ? show(result.Value!) : await ShowFailure(result.Failure, redisplay);
    }

    private async Task<IActionResult> ShowFailure(Failure failure, Func<Task<IActionResult>>? redisplay)
    {
        switch (failure)
        {
            case Forbidden forbidden:
                return ForbiddenPage(forbidden);
            case NotFound notFound:
                return NotFoundPage(notFound.Message);
            case Invalid invalid when redisplay is not null:
                foreach (var error in invalid.Errors.Where(error => !ModelState.ContainsKey(error.Field) || ModelState[error.Field]!.Errors.All(existing => existing.ErrorMessage != error.Message)))
                {
                    ModelState.AddModelError(error.Field, error.Message);
                }

                return await redisplay();
            case Conflict conflict when redisplay is not null:
                ModelState.AddModelError(string.Empty, conflict.Message);
                return await redisplay();
            default:
                TempData[Flash.Error] = failure is Invalid invalidInput
                    ? string.Join(" ", invalidInput.Errors.Select(error => error.Message))
                    : failure.Message;
                return RedirectBack();
        }
    }

    /// <summary>Input the model binder could not read (a word where a number belongs): the command is not sent with defaults.</summary>
    private List<FieldError> UnboundFields() =>
        ModelState.Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error => new FieldError(entry.Key, string.IsNullOrEmpty(error.ErrorMessage) ? $"{entry.Key} could not be read." : error.ErrorMessage)))
            .ToList();

    /// <summary>The signed-in person as the policy sees them.</summary>
    protected Task<Actor> ActorAsync() => HttpContext.RequestServices.GetRequiredService<CurrentActor>().GetAsync(HttpContext.RequestAborted);

    /// <summary>Shows a form only when the policy would accept it: otherwise the 403 page that names the volume needed.</summary>
    protected async Task<IActionResult> WhenAllowed(GatedAction action, Func<IActionResult> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        var volumes = HttpContext.RequestServices.GetRequiredService<EcosystemVolumes>();
        var actor = await ActorAsync();
        var decision = await volumes.DecideAsync(action, actor, HttpContext.RequestAborted);
        return decision.IsAllowed
            ? show()
            : ForbiddenPage(Forbidden.By(decision, actor.Role));
    }

    protected IActionResult Done(string message, IActionResult next)
    {
        TempData[Flash.Success] = message;
        return next;
    }

    protected IActionResult ForbiddenPage(Forbidden forbidden)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("Forbidden", forbidden);
    }

    protected IActionResult NotFoundPage(string message)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("NotFound", message);
    }

    private IActionResult RedirectBack()
    {
        var referer = Request.Headers.Referer.ToString();
        // A page that cannot be shown is not sent back to itself (a browser keeps the referrer across redirects): that would loop.
        return Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == Request.Host.Host && Url.IsLocalUrl(uri.PathAndQuery)
            && !(HttpMethods.IsGet(Request.Method) && uri.PathAndQuery == Request.GetEncodedPathAndQuery())
            ? LocalRedirect(uri.PathAndQuery)
            : RedirectToAction("Index", "Home");
    }
}

public static class Flash
{
    public const string Success = "flash-success";
    public const string Error = "flash-error";
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Bookings.Resources;

/// <summary>Librarians' pages for learning zones and media-lab studios: create, edit, retire, and close dates.</summary>
[Authorize(Roles = nameof(LibraryRole.Librarian))]
[Route("resources")]
public sealed class ResourcesController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index() => Show(new ResourceList.Query(), model => View(model));

    [HttpGet("new")]
    public Task<IActionResult> New(EcosystemElement element) => ShowEditor(null, element, posted: null);

    [HttpPost("new")]
    public Task<IActionResult> New(EcosystemElement element, SaveResource.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Element = element;
        return Run(command, _ => Done($"{command.Name.Trim()} created.", RedirectToAction(nameof(Index))), () => ShowEditor(null, element, command));
    }

    [HttpGet("{id:int}/edit")]
    public Task<IActionResult> Edit(int id) => ShowEditor(id, default, posted: null);

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, SaveResource.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.ResourceId = id;
        return Run(command, _ => Done($"{command.Name.Trim()} saved.", RedirectToAction(nameof(Index))), () => ShowEditor(id, default, command));
    }

    [HttpGet("{id:int}/retire")]
    public Task<IActionResult> Retire(int id) => Show(new RetireConfirmation.Query(id), model => View(model));

    [HttpPost("{id:int}/retire")]
    public Task<IActionResult> ConfirmRetire(int id) =>
        Run(new SetResourceRetired.Command(id, Retired: true), message => Done(message, RedirectToAction(nameof(Index))));

    [HttpPost("{id:int}/restore")]
    public Task<IActionResult> Restore(int id) =>
        Run(new SetResourceRetired.Command(id, Retired: false), message => Done(message, RedirectToAction(nameof(Index))));

    [HttpGet("{id:int}/closures")]
    public Task<IActionResult> Closures(int id, DateOnly? date, string? reason, bool everywhere) => ShowClosures(new ClosurePage.Query(id, date, reason, everywhere));

    [HttpPost("{id:int}/closures")]
    public Task<IActionResult> Close(int id, AddClosure.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.ResourceId = id;
        return Run(
            command,
            message => Done(message, RedirectToAction(nameof(Closures), new { id })),
            () => ShowClosures(new ClosurePage.Query(id, command.Date, command.Reason, command.Everywhere)));
    }

    [HttpPost("{id:int}/closures/{closureId:int}/remove")]
    public Task<IActionResult> Reopen(int id, int closureId) =>
        Run(new RemoveClosure.Command(id, closureId), message => Done(message, RedirectToAction(nameof(Closures), new { id })));

    private Task<IActionResult> ShowEditor(int? id, EcosystemElement element, SaveResource.Command? posted) =>
        Show(new ResourceEditor.Query(id, element), model =>
        {
            if (posted is not null)
            {
                (posted.ResourceId, posted.Element) = (model.ResourceId, model.Area.Element);
            }

            return View("Edit", posted is null ? model : model with { Form = posted });
        });

    /// <summary>Shows the closures page with the chosen date's problems as field messages, once each.</summary>
    private Task<IActionResult> ShowClosures(ClosurePage.Query query) =>
        Show(query, model =>
        {
            foreach (var problem in model.Problems.Where(problem => ModelState[problem.Field] is not { } entry || entry.Errors.All(error => error.ErrorMessage != problem.Message)))
            {
                ModelState.AddModelError(problem.Field, problem.Message);
            }

            return View("Closures", model);
        });
}

[Authorize(Roles = nameof(LibraryRole.Librarian))]
[Route("booking-limits")]
public sealed class BookingLimitsController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index() => ShowLimits(posted: null);

    [HttpPost("{element}")]
    public Task<IActionResult> Save(EcosystemElement element, SaveLimits.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Element = element;
        return Run(command, message => Done(message, RedirectToAction(nameof(Index))), () => ShowLimits(command));
    }

    private Task<IActionResult> ShowLimits(SaveLimits.Command? posted) =>
        Show(new LimitsSettings.Query(), model =>
        {
            ViewData["Posted"] = posted?.Element;
            return View("Limits", posted is null ? model : model with
            {
                Areas = model.Areas.Select(area => area.Area.Element == posted.Element ? area with { Form = posted } : area).ToList(),
            });
        });
}

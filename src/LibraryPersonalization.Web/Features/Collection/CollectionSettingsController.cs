using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Collection;

[Authorize(Roles = nameof(LibraryRole.Librarian))]
[Route("collection/settings")]
public sealed class CollectionSettingsController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index() => ShowSettings(null);

    [HttpPost("")]
    public Task<IActionResult> Index(UpdateCollectionSettings.Command command) =>
        Run(command, _ => Done("Collection settings saved.", RedirectToAction(nameof(Index))), () => ShowSettings(command));

    [HttpPost("decline-reasons")]
    public Task<IActionResult> AddReason(string text) =>
        Run(new AddDeclineReason.Command(text), _ => Done("Decline reason added.", RedirectToAction(nameof(Index))));

    [HttpPost("decline-reasons/{id:int}/active")]
    public Task<IActionResult> SetReasonActive(int id, bool active) =>
        Run(new SetDeclineReasonActive.Command(id, active), _ => Done(active ? "Reason restored to the list." : "Reason retired from the list.", RedirectToAction(nameof(Index))));

    private Task<IActionResult> ShowSettings(UpdateCollectionSettings.Command? form) =>
        Show(new CollectionSettingsQuery.Query(), model =>
        {
            ViewData["Form"] = form ?? new UpdateCollectionSettings.Command
            {
                CurrentTerm = model.Settings.CurrentTerm,
                OpenRequestLimitPerStudent = model.Settings.OpenRequestLimitPerStudent,
                StudentBookBudget = model.Settings.StudentBookBudget,
                SelectionCriteria = model.Settings.SelectionCriteria,
            };
            return View("Settings", model);
        });
}

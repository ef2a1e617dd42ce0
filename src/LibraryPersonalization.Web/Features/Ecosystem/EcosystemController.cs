using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Ecosystem;

[Route("ecosystem")]
public sealed class EcosystemController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index() => Show(new EcosystemOverview.Query(), model => View(model));

    [HttpPost("{element}/volume")]
    public async Task<IActionResult> ChangeVolume(EcosystemElement element, Volume? volume, string? reason)
    {
        // An unbindable element or volume must not fall back to the enum's default (Collection, Librarian-generated).
        if (ModelState.TryGetValue(nameof(element), out var elementState) && elementState.Errors.Count > 0)
        {
            return NotFoundPage("That part of the library does not exist.");
        }

        if (volume is not { } chosen || !ModelState.IsValid)
        {
            TempData[Flash.Error] = "Choose a volume: Librarian-generated, Cocreated or Student-generated.";
            return RedirectToAction(nameof(Index));
        }

        return await Run(new ChangeVolume.Command(element, chosen, reason), _ => Done($"{element.DisplayName()} is now {chosen.DisplayName()}.", RedirectToAction(nameof(Index))));
    }
}

using LibraryPersonalization.Domain.Ecosystem;
using LibraryPersonalization.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Ecosystem;

[Route("ecosystem")]
public sealed class EcosystemController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await Sender.Send(new EcosystemOverview.Query()));

    [HttpPost("{element}/volume")]
    public Task<IActionResult> ChangeVolume(EcosystemElement element, Volume volume, string? reason) =>
        Run(new ChangeVolume.Command(element, volume, reason), _ => Done($"{element.DisplayName()} is now {volume.DisplayName()}.", RedirectToAction(nameof(Index))));
}

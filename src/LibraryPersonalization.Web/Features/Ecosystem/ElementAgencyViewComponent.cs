using LibraryPersonalization.Web.Infrastructure.Shell;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Ecosystem;

/// <summary>Shows the signed-in person what the element's current volume lets them do, and what the next stop would open.</summary>
public sealed class ElementAgencyViewComponent(EcosystemVolumes volumes, ElementShell shell) : ViewComponent
{
    public sealed record Model(EcosystemElement Element, Volume Volume, LibraryRole Role, IReadOnlyList<ShellLink> OpenNow, IReadOnlyList<PolicyRule> OpensNext, Volume? NextVolume);

    public async Task<IViewComponentResult> InvokeAsync(EcosystemElement element)
    {
        var volume = await volumes.CurrentAsync(element, HttpContext.RequestAborted);
        var role = CurrentActor.RoleOf(UserClaimsPrincipal);
        Volume? next = volume == Volume.StudentGenerated ? null : volume + 1;
        return View(new Model(
            element,
            volume,
            role,
            await shell.ActionLinksAsync(element, HttpContext.RequestAborted),
            next is { } nextVolume ? StudentAgencyPolicy.UnlockedForStudentsAt(element, nextVolume).ToList() : [],
            next));
    }
}

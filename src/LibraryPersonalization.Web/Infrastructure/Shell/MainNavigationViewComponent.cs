using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Infrastructure.Shell;

/// <summary>The slices' menu entries the signed-in person may use now.</summary>
public sealed class MainNavigationViewComponent(ElementShell shell) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await shell.NavigationAsync(HttpContext.RequestAborted));
}

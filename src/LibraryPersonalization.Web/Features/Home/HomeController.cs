using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Home;

public sealed class HomeController(ISender sender, CurrentActor currentActor) : FeatureController(sender)
{
    [HttpGet("/")]
    public async Task<IActionResult> Index() =>
        await Show(new HomeDashboard.Query(await currentActor.GetAsync(HttpContext.RequestAborted)), model => View(model));

    [HttpPost("/notifications/read")]
    public Task<IActionResult> MarkNotificationsRead() =>
        Run(new MarkNotificationsRead.Command(), count => Done(count == 1 ? "1 notification marked as read." : $"{count} notifications marked as read.", RedirectToAction(nameof(Index))));
}

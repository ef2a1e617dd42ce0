using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Collection;

[Route("moderation")]
public sealed class ModerationController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index(int? page) =>
        Show(new PendingModeration.Query(Paging.Clamp(page)), model => View("Moderation", model));

    [HttpPost("reviews/{id:int}")]
    public Task<IActionResult> Review(int id, bool approve) =>
        Run(new ModerateReview.Command(id, approve), _ => Done(approve ? "Review published." : "Review rejected.", RedirectToAction(nameof(Index))));

    [HttpPost("reviews/{id:int}/hide")]
    public Task<IActionResult> Hide(int id, int titleId) =>
        Run(new HideReview.Command(id), _ => Done("Review taken down; its author has been told.", RedirectToAction(nameof(CatalogController.Title), "Catalog", new { id = titleId })));

    [HttpPost("tags/{id:int}")]
    public Task<IActionResult> Tag(int id, bool keep) =>
        Run(new CheckTag.Command(id, keep), _ => Done(keep ? "Tag kept." : "Tag removed.", RedirectToAction(nameof(Index))));
}

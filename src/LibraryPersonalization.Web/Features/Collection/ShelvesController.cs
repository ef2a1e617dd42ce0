using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Collection;

[Route("shelves")]
public sealed class ShelvesController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page) =>
        View("Shelves", await Sender.Send(new ShelfList.Query(Paging.Clamp(page)), HttpContext.RequestAborted));

    [HttpGet("new")]
    public Task<IActionResult> New() => WhenAllowed(GatedAction.CurateShelf, () => View("NewShelf", new CreateShelf.Command()));

    [HttpPost("new")]
    public Task<IActionResult> New(CreateShelf.Command command) =>
        Run(command, id => Done("Shelf created. Add titles from any title's page.", RedirectToAction(nameof(Details), new { id })), () => Task.FromResult<IActionResult>(View("NewShelf", command)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var model = await Sender.Send(new ShelfDetails.Query(id, await ActorAsync()), HttpContext.RequestAborted);
        return model is null ? NotFoundPage("That shelf does not exist.") : View("Shelf", model);
    }

    [HttpPost("{id:int}/titles/{titleId:int}/remove")]
    public Task<IActionResult> Remove(int id, int titleId) =>
        Run(new ShelveTitle.Command(id, titleId, Remove: true), _ => Done("Removed from the shelf.", RedirectToAction(nameof(Details), new { id })));
}

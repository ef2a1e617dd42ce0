using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Collection;

[Route("shelves")]
public sealed class ShelvesController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index(int? page) =>
        Show(new ShelfList.Query(Paging.Clamp(page)), model => View("Shelves", model));

    [HttpGet("new")]
    public Task<IActionResult> New() => WhenAllowed(GatedAction.CurateShelf, () => View("NewShelf", new CreateShelf.Command()));

    [HttpPost("new")]
    public Task<IActionResult> New(CreateShelf.Command command) =>
        Run(command, id => Done("Shelf created. Add titles from any title's page.", RedirectToAction(nameof(Details), new { id })), () => Task.FromResult<IActionResult>(View("NewShelf", command)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id) =>
        await Show(new ShelfDetails.Query(id, await ActorAsync()), model => View("Shelf", model));

    [HttpPost("{id:int}/titles/{titleId:int}/remove")]
    public Task<IActionResult> Remove(int id, int titleId) =>
        Run(new ShelveTitle.Command(id, titleId, Remove: true), _ => Done("Removed from the shelf.", RedirectToAction(nameof(Details), new { id })));
}

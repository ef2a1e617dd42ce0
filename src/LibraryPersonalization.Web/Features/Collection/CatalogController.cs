using LibraryPersonalization.Web.Features.Collection.Search;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Collection;

[Route("catalog")]
public sealed class CatalogController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index(string? q, string? genre, string? subject, int? decade, string? level, CatalogSort sort, int? page) =>
        Show(new CatalogSearch.Query(q, Blank(genre), Blank(subject), decade, Blank(level), sort, Paging.Clamp(page)), model => View("Catalog", model));

    [HttpGet("new")]
    public Task<IActionResult> New() => ShowEditor(null, null);

    [HttpPost("new")]
    public Task<IActionResult> New(SaveTitle.Command command) =>
        Run(command, id => Done("Added to the catalog.", RedirectToAction(nameof(Title), new { id })), () => ShowEditor(null, command));

    [HttpGet("{id:int}/edit")]
    public Task<IActionResult> Edit(int id) => ShowEditor(id, null);

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, SaveTitle.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TitleId = id;
        return Run(command, _ => Done("Title saved.", RedirectToAction(nameof(Title), new { id })), () => ShowEditor(id, command));
    }

    [HttpGet("{id:int}")]
    public Task<IActionResult> Title(int id, int? reviews) => ShowTitle(id, new WriteReview.Command { TitleId = id }, Paging.Clamp(reviews));

    [HttpPost("{id:int}/reviews")]
    public Task<IActionResult> WriteReview(int id, WriteReview.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TitleId = id;
        return Run(
            command,
            status => Done(
                status == ModerationStatus.Published ? "Thanks! Your review is published." : "Thanks! Your review was sent to the librarian and will appear once approved.",
                RedirectToAction(nameof(Title), new { id })),
            () => ShowTitle(id, command));
    }

    [HttpPost("{id:int}/tags")]
    public Task<IActionResult> Tag(int id, TagTitle.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TitleId = id;
        return Run(command, _ => Done($"Tagged \"{command.Tag.Trim().ToLowerInvariant()}\".", RedirectToAction(nameof(Title), new { id })));
    }

    [HttpPost("{id:int}/shelves")]
    public Task<IActionResult> Shelve(int id, int shelfId) =>
        Run(new ShelveTitle.Command(shelfId, id, Remove: false), _ => Done("Added to the shelf.", RedirectToAction(nameof(Title), new { id })));

    private Task<IActionResult> ShowEditor(int? id, SaveTitle.Command? posted) =>
        Show(new TitleEditor.Query(id), stored => View("EditTitle", posted ?? stored));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private async Task<IActionResult> ShowTitle(int id, WriteReview.Command reviewForm, int reviewPage = 1) =>
        await Show(new TitleDetails.Query(id, await ActorAsync(), reviewPage), model =>
        {
            ViewData["ReviewForm"] = reviewForm;
            return View("Title", model);
        });
}

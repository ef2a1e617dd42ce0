using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Collection;

[Route("requests")]
public sealed class RequestsController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index(string? status, int? page) =>
        Show(new BookRequestList.Query(status, Paging.Clamp(page)), model => View("Requests", model));

    [HttpGet("criteria")]
    public Task<IActionResult> Criteria() =>
        Show(new CollectionSettingsQuery.Query(), model => View("Criteria", model));

    [HttpGet("new")]
    public Task<IActionResult> New() =>
        WhenAllowed(GatedAction.SubmitBookRequest, () => View("NewRequest", new SubmitBookRequest.Command()));

    [HttpPost("new")]
    public Task<IActionResult> New(SubmitBookRequest.Command command) =>
        Run(
            command,
            submitted => Done(
                submitted.MergedIntoExisting
                    ? "Someone already asked for this book, so we added you to that request: you will both hear about it."
                    : "Your request was submitted. You can follow it here.",
                RedirectToAction(nameof(Details), new { id = submitted.RequestId })),
            () => Task.FromResult<IActionResult>(View("NewRequest", command)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id) =>
        await Show(new BookRequestDetails.Query(id, await ActorAsync()), model => View("Request", model));

    [HttpPost("{id:int}/comments")]
    public Task<IActionResult> Comment(int id, CommentOnRequest.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.RequestId = id;
        return Run(command, _ => Done("Comment added.", RedirectToAction(nameof(Details), new { id })));
    }

    [HttpPost("{id:int}/votes")]
    public Task<IActionResult> Vote(int id) =>
        Run(new VoteOnRequest.Command(id), _ => Done("Your vote is counted.", RedirectToAction(nameof(Details), new { id })));

    [HttpPost("{id:int}/withdraw")]
    public Task<IActionResult> Withdraw(int id) =>
        Run(new WithdrawFromRequest.Command(id), status => Done(
            status == RequestStatus.Withdrawn ? "You withdrew the request." : "You are no longer on this request; the other students who asked for it still are.",
            RedirectToAction(nameof(Details), new { id })));

    [HttpPost("{id:int}/status")]
    public Task<IActionResult> ChangeStatus(int id, ChangeRequestStatus.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.RequestId = id;
        return Run(command, _ => Done("Request updated and requesters notified.", RedirectToAction(nameof(Details), new { id })));
    }

    [HttpPost("{id:int}/decision")]
    public Task<IActionResult> Decide(int id, DecideBookRequest.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.RequestId = id;
        return Run(command, _ => Done("The committee's decision is recorded and requesters notified.", RedirectToAction(nameof(Details), new { id })));
    }
}

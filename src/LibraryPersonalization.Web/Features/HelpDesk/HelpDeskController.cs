using LibraryPersonalization.Domain.HelpDesk;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.HelpDesk;

[Route("help")]
public sealed class HelpDeskController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index(int? page) =>
        Show(new MyTickets.Query(Paging.Clamp(page)), tickets => View("Index", tickets));

    [HttpGet("ask")]
    public Task<IActionResult> Ask() =>
        WhenAllowed(GatedAction.OpenHelpTicket, () => View("Ask", new AskQuestion.Command()));

    [HttpPost("ask")]
    public Task<IActionResult> Ask(AskQuestion.Command command) =>
        Run(
            command,
            id => Done("Your question is in. You will be told here and on your home page when someone answers.", RedirectToAction(nameof(Ticket), new { id })),
            () => Task.FromResult<IActionResult>(View("Ask", command)));

    [HttpGet("tickets/{id:int}")]
    public Task<IActionResult> Ticket(int id) => ShowTicket(id, new PostReply.Command());

    [HttpPost("tickets/{id:int}/replies")]
    public Task<IActionResult> Reply(int id, PostReply.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TicketId = id;
        return Run(command, message => Done(message, TicketPage(id)), () => ShowTicket(id, command));
    }

    [HttpPost("tickets/{id:int}/replies/{replyId:int}/accept")]
    public Task<IActionResult> Accept(int id, int replyId) =>
        Run(new AcceptAnswer.Command { TicketId = id, ReplyId = replyId }, message => Done(message, TicketPage(id)));

    [HttpPost("tickets/{id:int}/replies/{replyId:int}/hide")]
    public Task<IActionResult> Hide(int id, int replyId, HideReply.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        (command.TicketId, command.ReplyId) = (id, replyId);
        return Run(command, message => Done(message, TicketPage(id)));
    }

    [HttpPost("tickets/{id:int}/resolve")]
    public Task<IActionResult> Resolve(int id) =>
        Run(new ResolveTicket.Command { TicketId = id }, message => Done(message, TicketPage(id)));

    [HttpPost("tickets/{id:int}/reopen")]
    public Task<IActionResult> Reopen(int id) =>
        Run(new ResolveTicket.Command { TicketId = id, Reopen = true }, message => Done(message, TicketPage(id)));

    [HttpPost("tickets/{id:int}/assign")]
    public Task<IActionResult> Assign(int id, AssignTicket.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TicketId = id;
        return Run(command, message => Done(message, TicketPage(id)));
    }

    /// <summary>What merging would do, to confirm before anything moves.</summary>
    [HttpGet("tickets/{id:int}/merge")]
    public Task<IActionResult> Merge(int id, int into) =>
        Show(new MergePreview.Query(id, into), preview => View("Merge", preview));

    [HttpPost("tickets/{id:int}/merge")]
    public Task<IActionResult> Merge(int id, MergeTickets.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TicketId = id;
        return Run(command, message => Done(message, TicketPage(command.IntoTicketId)));
    }

    [HttpGet("tickets/{id:int}/promote")]
    public Task<IActionResult> Promote(int id) =>
        Show(new PromoteToFaq.Query(id), form => View("Promote", form));

    [HttpPost("tickets/{id:int}/promote")]
    public Task<IActionResult> Promote(int id, PromoteToFaq.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TicketId = id;
        return Run(command, message => Done(message, RedirectToAction(nameof(Faq))), () => Task.FromResult<IActionResult>(View("Promote", command)));
    }

    [HttpGet("queue")]
    public Task<IActionResult> Queue(TicketStatus? status, TicketCategory? category, int? olderThanDays, string? assigned, int? page) =>
        Show(new HelpDeskTickets.Query(new(status, category, olderThanDays, assigned), Paging.Clamp(page)), model => View("Queue", model));

    [HttpGet("peer")]
    public Task<IActionResult> Peer(int? page) =>
        Show(new PeerHelp.Query(Paging.Clamp(page)), tickets => View("Peer", tickets));

    [HttpGet("faq")]
    public Task<IActionResult> Faq(string? q, int? page) =>
        Show(new FaqList.Query(q, Paging.Clamp(page)), model => View("Faq", model));

    [HttpPost("faq/{id:int}/feedback")]
    public Task<IActionResult> Feedback(int id, bool helpful) =>
        Run(new GiveFaqFeedback.Command(id, helpful), message => Done(message, RedirectToAction(nameof(Faq))));

    [HttpGet("faq/suggest")]
    public Task<IActionResult> Suggest() =>
        WhenAllowed(GatedAction.SuggestFaqEntry, () => View("Suggest", new SuggestFaqEntry.Command()));

    [HttpPost("faq/suggest")]
    public Task<IActionResult> Suggest(SuggestFaqEntry.Command command) =>
        Run(command, message => Done(message, RedirectToAction(nameof(Faq))), () => Task.FromResult<IActionResult>(View("Suggest", command)));

    [HttpGet("faq/review")]
    public Task<IActionResult> Review(int? page) =>
        Show(new FaqSuggestions.Query(Paging.Clamp(page)), suggestions => View("Review", suggestions));

    [HttpPost("faq/review/{id:int}")]
    public Task<IActionResult> Review(int id, DecideFaqSuggestion.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Id = id;
        return Run(command, message => Done(message, Redirect("/help/faq/review")));
    }

    [HttpGet("canned")]
    public Task<IActionResult> Canned() => ShowCanned(new SaveCannedReply.Command());

    [HttpPost("canned")]
    public Task<IActionResult> Canned(SaveCannedReply.Command command) =>
        Run(command, message => Done(message, RedirectToAction(nameof(Canned))), () => ShowCanned(command));

    [HttpPost("canned/{id:int}")]
    public Task<IActionResult> EditCanned(int id, SaveCannedReply.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Id = id;
        return Run(command, message => Done(message, RedirectToAction(nameof(Canned))), () => ShowCanned(command));
    }

    [HttpGet("canned/{id:int}/delete")]
    public Task<IActionResult> DeleteCanned(int id) =>
        Show(new CannedReplyList.Query(), replies => replies.FirstOrDefault(reply => reply.Id == id) is { } reply ? View("DeleteCanned", reply) : NotFoundPage("That canned reply no longer exists."));

    [HttpPost("canned/{id:int}/delete")]
    public Task<IActionResult> DeleteCannedConfirmed(int id) =>
        Run(new DeleteCannedReply.Command(id), message => Done(message, RedirectToAction(nameof(Canned))));

    [HttpGet("figures")]
    public Task<IActionResult> Figures() =>
        Show(new HelpDeskFigures.Query(), months => View("Figures", months));

    private Task<IActionResult> ShowTicket(int id, PostReply.Command reply) =>
        Show(new TicketPage.Query(id), model => View("Ticket", new TicketView(model, reply)));

    private Task<IActionResult> ShowCanned(SaveCannedReply.Command form) =>
        Show(new CannedReplyList.Query(), replies => View("Canned", new CannedView(replies, form)));

    private RedirectToActionResult TicketPage(int id) => RedirectToAction(nameof(Ticket), new { id });
}

public sealed record TicketView(TicketPage.Model Info, PostReply.Command Reply);

public sealed record CannedView(IReadOnlyList<CannedReplyList.Line> Replies, SaveCannedReply.Command Form);

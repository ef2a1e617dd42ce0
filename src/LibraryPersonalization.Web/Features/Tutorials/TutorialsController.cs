using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Tutorials;

[Route("tutorials")]
public sealed class TutorialsController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index(string? q, string? topic, bool drafts, int? page) =>
        Show(new TutorialList.Query(q, topic, drafts, Paging.Clamp(page)), model => View("Index", model));

    [HttpGet("new")]
    public Task<IActionResult> New(int? request) =>
        WhenAllowed(GatedAction.AuthorTutorial, () => View("New", new StartTutorial.Command { AnswersRequestId = request }));

    [HttpPost("new")]
    public Task<IActionResult> New(StartTutorial.Command command) =>
        Run(
            command,
            id => Done("Draft saved. Read it through, then publish it when it is ready.", TutorialPage(id)),
            () => Task.FromResult<IActionResult>(View("New", command)));

    [HttpGet("{id:int}")]
    public Task<IActionResult> Tutorial(int id) =>
        Show(new TutorialPage.Query(id), model => View("Tutorial", model));

    [HttpGet("{id:int}/edit")]
    public Task<IActionResult> Edit(int id) =>
        Show(new TutorialEditForm.Query(id), form => View("Edit", form));

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, EditTutorial.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TutorialId = id;
        return Run(command, message => Done(message, TutorialPage(id)), () => RedisplayEdit(command));
    }

    [HttpPost("{id:int}/publish")]
    public Task<IActionResult> Publish(int id) =>
        Run(new PublishTutorial.Command(id), message => Done(message, TutorialPage(id)));

    /// <summary>Asks for the reason before a tutorial comes down.</summary>
    [HttpGet("{id:int}/unpublish")]
    public Task<IActionResult> Unpublish(int id) =>
        Show(new TutorialPage.Query(id), model => model.Rights switch
        {
            { MayUnpublish: true } => View("Unpublish", model),
            { IsLibrarian: true } => NotFoundPage("This tutorial is not published."),
            _ => ForbiddenPage(new Forbidden("Only librarians unpublish tutorials.", EcosystemElement.TutorialsAndDemos)),
        });

    [HttpPost("{id:int}/unpublish")]
    public Task<IActionResult> Unpublish(int id, UnpublishTutorial.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TutorialId = id;
        return Run(command, message => Done(message, TutorialPage(id)));
    }

    [HttpPost("{id:int}/rate")]
    public Task<IActionResult> Rate(int id, RateTutorial.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TutorialId = id;
        return Run(command, message => Done(message, TutorialPage(id)));
    }

    [HttpPost("{id:int}/comments")]
    public Task<IActionResult> Comment(int id, CommentOnTutorial.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TutorialId = id;
        return Run(command, message => Done(message, TutorialPage(id)));
    }

    [HttpPost("{id:int}/comments/{commentId:int}/hide")]
    public Task<IActionResult> HideComment(int id, int commentId, HideTutorialComment.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        (command.TutorialId, command.CommentId) = (id, commentId);
        return Run(command, message => Done(message, TutorialPage(id)));
    }

    [HttpGet("{id:int}/history")]
    public Task<IActionResult> History(int id) =>
        Show(new TutorialHistory.Query(id), model => View("History", model));

    [HttpGet("{id:int}/compare")]
    public Task<IActionResult> Compare(int id, int from, int to) =>
        Show(new CompareRevisions.Query(id, from, to), model => View("Compare", model));

    /// <summary>Shows what restoring would change, from the current version to the old one, before anything is saved.</summary>
    [HttpGet("{id:int}/history/{number:int}/restore")]
    public async Task<IActionResult> Restore(int id, int number)
    {
        var history = await Sender.Send(new TutorialHistory.Query(id), HttpContext.RequestAborted);
        return await Show(new CompareRevisions.Query(id, history.Value?.Current ?? number, number), model => View("Restore", model));
    }

    [HttpPost("{id:int}/history/{number:int}/restore")]
    public Task<IActionResult> RestoreConfirmed(int id, int number) =>
        Run(new RestoreRevision.Command { TutorialId = id, Number = number }, message => Done(message, TutorialPage(id)));

    [HttpGet("requests")]
    public Task<IActionResult> Requests(int? page) => ShowRequests(page, new AskForTutorial.Command());

    [HttpPost("requests")]
    public Task<IActionResult> Requests(AskForTutorial.Command command) =>
        Run(command, message => Done(message, RedirectToAction(nameof(Requests))), () => ShowRequests(1, command));

    [HttpPost("requests/{id:int}/vote")]
    public Task<IActionResult> Vote(int id) =>
        Run(new VoteForTutorialRequest.Command(id), message => Done(message, RedirectToAction(nameof(Requests))));

    [HttpPost("requests/{id:int}/answer")]
    public Task<IActionResult> Answer(int id, AnswerTutorialRequest.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.RequestId = id;
        return Run(command, message => Done(message, RedirectToAction(nameof(Requests))));
    }

    private Task<IActionResult> ShowRequests(int? page, AskForTutorial.Command form) =>
        Show(new TutorialRequestList.Query(Paging.Clamp(page)), requests => View("Requests", new RequestsView(requests, form)));

    /// <summary>After a failed save the form keeps what was typed; after a lost race it also takes the newest version number, so saving again is a choice.</summary>
    private async Task<IActionResult> RedisplayEdit(EditTutorial.Command command)
    {
        var current = await Sender.Send(new TutorialEditForm.Query(command.TutorialId), HttpContext.RequestAborted);
        if (current.Value is { } newest)
        {
            command.Version = newest.Version;
        }

        return View("Edit", command);
    }

    private RedirectToActionResult TutorialPage(int id) => RedirectToAction(nameof(Tutorial), new { id });
}

public sealed record RequestsView(Page<TutorialRequestList.Line> Requests, AskForTutorial.Command Form);

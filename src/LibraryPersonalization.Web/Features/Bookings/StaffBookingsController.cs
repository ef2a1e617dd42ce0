using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Bookings;

[Route("bookings/approvals")]
public sealed class ApprovalsController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? area, int? page) =>
        await Show(new WaitingRequests.Query((await AreaToDecideAsync(area)).Element, Paging.Clamp(page)), model => View("Approvals", model));

    /// <summary>The area the link names, else the first one this person may approve in: a media-lab expert lands on the media lab.</summary>
    private async Task<BookingArea> AreaToDecideAsync(string? named)
    {
        if (BookingArea.All.FirstOrDefault(area => area.Path == $"/{named}") is { } chosen)
        {
            return chosen;
        }

        var volumes = HttpContext.RequestServices.GetRequiredService<EcosystemVolumes>();
        var actor = await ActorAsync();
        foreach (var area in BookingArea.All)
        {
            if ((await volumes.DecideAsync(area.Approve, actor, HttpContext.RequestAborted)).IsAllowed)
            {
                return area;
            }
        }

        return BookingArea.LearningZones;
    }
}

/// <summary>What staff do in every booking area: decide requests, see today's occupancy and check people in.</summary>
public abstract class AreaStaffController(ISender sender) : FeatureController(sender)
{
    protected abstract BookingArea Area { get; }

    [HttpGet("today")]
    public Task<IActionResult> Today() =>
        Show(new TodayOccupancy.Query(Area.Element), model => View("Today", model));

    [HttpPost("requests/{id:int}/approve")]
    public Task<IActionResult> Approve(int id) =>
        Run(new ApproveBooking.Command { Element = Area.Element, BookingId = id }, message => Done(message, Redirect(QueueUrl)));

    [HttpPost("requests/{id:int}/decline")]
    public Task<IActionResult> Decline(int id, DeclineBooking.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        (command.Element, command.BookingId) = (Area.Element, id);
        return Run(command, message => Done(message, Redirect(QueueUrl)));
    }

    [HttpPost("bookings/{id:int}/check-in")]
    public Task<IActionResult> CheckIn(int id) =>
        Run(new CheckInOnBehalf.Command { Element = Area.Element, BookingId = id }, message => Done(message, Redirect($"{Area.Path}/today")));

    private string QueueUrl => $"/bookings/approvals?area={Area.Path.TrimStart('/')}";
}

[Route("zones")]
public sealed class ZoneStaffController(ISender sender) : AreaStaffController(sender)
{
    protected override BookingArea Area => BookingArea.LearningZones;

    [HttpGet("{id:int}/assign")]
    public Task<IActionResult> Assign(int id, string? q) =>
        Show(new AssignForm.Query(id, q), model => View("Assign", new AssignPage(model, new AssignStudent.Command { Date = model.Zone.Today, Minutes = model.Zone.Lengths[0] })));

    [HttpPost("{id:int}/assign")]
    public Task<IActionResult> Assign(int id, AssignStudent.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        (command.Element, command.ResourceId) = (Area.Element, id);
        return Run(
            command,
            placed => Done(placed.Message, Redirect($"{Area.Path}/today")),
            () => Show(new AssignForm.Query(id, null), model => View("Assign", new AssignPage(model, command))));
    }

    [HttpGet("proposals")]
    public Task<IActionResult> Proposals(int? page) =>
        Show(new ZoneProposalList.Query(Paging.Clamp(page)), model => View("Proposals", new ProposalsPage(model, new ProposeZoneChange.Command())));

    [HttpPost("proposals")]
    public Task<IActionResult> Propose(ProposeZoneChange.Command command) =>
        Run(
            command,
            message => Done(message, RedirectToAction(nameof(Proposals))),
            () => Show(new ZoneProposalList.Query(1), model => View("Proposals", new ProposalsPage(model, command))));

    [HttpPost("proposals/{id:int}/reply")]
    public Task<IActionResult> Reply(int id, ReplyToProposal.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.ProposalId = id;
        return Run(command, message => Done(message, RedirectToAction(nameof(Proposals))));
    }
}

[Route("media-lab")]
public sealed class MediaLabStaffController(ISender sender) : AreaStaffController(sender)
{
    protected override BookingArea Area => BookingArea.MediaLab;
}

public sealed record AssignPage(AssignForm.Model Info, AssignStudent.Command Form);

public sealed record ProposalsPage(ZoneProposalList.Model Info, ProposeZoneChange.Command Form);

using LibraryPersonalization.Domain.Auditing;
using LibraryPersonalization.Domain.Bookings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>Proposals to change the learning zones: the reader's own first, then everyone else's, newest first, with the librarian's reply.</summary>
public static class ZoneProposalList
{
    public sealed record Query(int Page) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ProposeZoneChange;
    }

    public sealed record Model(IReadOnlyList<ZoneOption> Zones, IReadOnlyList<Line> Mine, Page<Line> Others, bool MayReply);

    public sealed record ZoneOption(int Id, string Name);

    /// <summary><see cref="Proposer"/> is null where a student reads a peer's proposal: students see ideas, not who had them.</summary>
    public sealed record Line(int Id, string? Proposer, string? Zone, string Proposal, string Submitted, ProposalStatus Status, string? Reply, string? RepliedBy);

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, SchoolTime schoolTime) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var zones = await db.BookableResources.AsNoTracking()
                .Where(resource => resource.Element == EcosystemElement.PhysicalSpace && !resource.Retired)
                .OrderBy(resource => resource.Name)
                .Select(resource => new ZoneOption(resource.Id, resource.Name))
                .ToListAsync(cancellationToken);
            var proposals = db.ZoneProposals.AsNoTracking();
            var mine = await Rows(proposals.Where(proposal => proposal.ProposerId == actor.UserId)).ToListAsync(cancellationToken);
            var others = proposals.Where(proposal => proposal.ProposerId != actor.UserId);
            var total = await others.CountAsync(cancellationToken);
            var page = await Rows(others).PageOf(query.Page).ToListAsync(cancellationToken);
            return new Model(
                zones,
                mine.Select(row => Show(row, withName: true)).ToList(),
                new Page<Line>(page.Select(row => Show(row, withName: actor.IsStaff)).ToList(), query.Page, Paging.DefaultPageSize, total),
                actor.Role == LibraryRole.Librarian);
        }

        private static IQueryable<Row> Rows(IQueryable<ZoneProposal> proposals) =>
            proposals.OrderByDescending(proposal => proposal.CreatedAt).ThenByDescending(proposal => proposal.Id)
                .Select(proposal => new Row(proposal.Id, proposal.ProposerName, proposal.Resource!.Name, proposal.Proposal, proposal.CreatedAt, proposal.Status, proposal.Reply, proposal.RepliedByName));

        private Line Show(Row row, bool withName) =>
            new(row.Id, withName ? row.Proposer : null, row.Zone, row.Proposal, schoolTime.Format(row.CreatedAt, "MMM d, yyyy"), row.Status, row.Reply, row.RepliedBy);
    }

    private sealed record Row(int Id, string Proposer, string? Zone, string Proposal, DateTimeOffset CreatedAt, ProposalStatus Status, string? Reply, string? RepliedBy);
}

/// <summary>A student (or staff) proposes a change to one zone or to the zones in general; a librarian replies.</summary>
public static class ProposeZoneChange
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest
    {
        public int? ZoneId { get; set; }
        public string Proposal { get; set; } = string.Empty;

        public GatedAction Action => GatedAction.ProposeZoneChange;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(command => command.Proposal).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Describe the change you propose.").MaximumLength(2000);
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.ZoneId is { } zoneId && !await db.BookableResources.AnyAsync(resource => resource.Id == zoneId && resource.Element == EcosystemElement.PhysicalSpace && !resource.Retired, cancellationToken))
            {
                return new Invalid(nameof(Command.ZoneId), "Choose one of the zones listed, or none.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            db.ZoneProposals.Add(new ZoneProposal
            {
                ResourceId = command.ZoneId,
                ProposerId = actor.UserId,
                ProposerName = actor.DisplayName,
                Proposal = command.Proposal.Trim(),
                Status = ProposalStatus.Open,
                CreatedAt = clock.GetUtcNow(),
            });
            return "Thank you: your proposal is sent. A librarian will reply here.";
        }
    }
}

/// <summary>A librarian accepts or declines a zone proposal with a reply the proposer reads.</summary>
public static class ReplyToProposal
{
    public sealed class Command : ICommand<Result<string>>, ILibrarianRequest
    {
        [BindNever]
        public int ProposalId { get; set; }

        public ProposalStatus Decision { get; set; }
        public string Reply { get; set; } = string.Empty;

        public string Purpose => "reply to zone proposals";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Decision).Must(decision => decision is ProposalStatus.Accepted or ProposalStatus.Declined).WithMessage("Accept or decline the proposal.");
            RuleFor(command => command.Reply).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write a reply for the proposer.").MaximumLength(2000);
        }
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var reply = command.Reply.Trim();

            // Only an open proposal is answered, checked in the UPDATE itself so two librarians replying at once cannot both succeed.
            var answered = await db.ZoneProposals
                .Where(proposal => proposal.Id == command.ProposalId && proposal.Status == ProposalStatus.Open)
                .ExecuteUpdateAsync(
                    update => update
                        .SetProperty(proposal => proposal.Status, command.Decision)
                        .SetProperty(proposal => proposal.Reply, reply)
                        .SetProperty(proposal => proposal.RepliedByName, actor.DisplayName)
                        .SetProperty(proposal => proposal.RepliedAt, now),
                    cancellationToken);
            var proposerId = await db.ZoneProposals.Where(proposal => proposal.Id == command.ProposalId).Select(proposal => proposal.ProposerId).SingleOrDefaultAsync(cancellationToken);
            if (proposerId is null)
            {
                return new NotFound("There is no such proposal.");
            }

            if (answered == 0)
            {
                return new Conflict("This proposal has already been answered.");
            }

            var verdict = command.Decision == ProposalStatus.Accepted ? "accepted" : "declined";
            db.Notifications.Add(new Notification { UserId = proposerId, Message = $"{actor.DisplayName} {verdict} your zone proposal: {reply}", Link = "/zones/proposals", CreatedAt = now });
            return $"Replied: the proposal is {verdict}.";
        }
    }
}

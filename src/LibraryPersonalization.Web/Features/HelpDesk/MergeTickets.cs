using LibraryPersonalization.Domain.HelpDesk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>
/// A librarian folds a duplicate into another ticket. Its question and replies move there, its askers follow that ticket
/// and every asker is told. A private duplicate makes the merged ticket private, so no question is shared unasked.
/// </summary>
public static class MergeTickets
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest, ITicketRequest
    {
        [BindNever]
        public int TicketId { get; set; }

        public int IntoTicketId { get; set; }

        public GatedAction Action => GatedAction.ManageHelpCenter;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TicketAccess access, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.IntoTicketId == command.TicketId)
            {
                return new Invalid(nameof(Command.IntoTicketId), "Choose another ticket: a ticket cannot be merged into itself.");
            }

            var ids = new[] { command.TicketId, command.IntoTicketId };
            if (await db.HelpTickets().CountAsync(ticket => ids.Contains(ticket.Id), cancellationToken) < 2)
            {
                return await db.HelpTickets().AnyAsync(ticket => ticket.Id == command.TicketId, cancellationToken)
                    ? new Invalid(nameof(Command.IntoTicketId), $"There is no ticket #{command.IntoTicketId}.")
                    : new NotFound(TicketAccess.NoSuchTicket);
            }

            var duplicate = await access.ChangeableAsync(command.TicketId, mustBeOpen: false, cancellationToken);
            var target = await access.ChangeableAsync(command.IntoTicketId, mustBeOpen: false, cancellationToken);
            if (duplicate.Value is not { } source || target.Value is not { } into)
            {
                return duplicate.Failure ?? target.Failure!;
            }

            var replies = await db.TicketReplies().Where(reply => reply.TicketId == source.Id).ToListAsync(cancellationToken);
            replies.ForEach(reply => reply.TicketId = into.Id);
            db.TicketReplies().Add(new TicketReply
            {
                TicketId = into.Id,
                AuthorId = source.AskerId,
                AuthorName = source.AskerName,
                FromAsker = true,
                Text = $"Merged from ticket #{source.Id}, \"{source.Subject}\":\n{source.Question}",
                CreatedAt = source.CreatedAt,
            });
            var followers = await db.TicketFollowers().Where(follower => follower.TicketId == into.Id || follower.TicketId == source.Id).ToListAsync(cancellationToken);
            var askers = followers.Where(follower => follower.TicketId == source.Id).Select(follower => (follower.UserId, follower.UserName))
                .Append((source.AskerId, source.AskerName))
                .Where(asker => asker.Item1 != into.AskerId && !followers.Any(existing => existing.TicketId == into.Id && existing.UserId == asker.Item1))
                .DistinctBy(asker => asker.Item1);
            db.TicketFollowers().AddRange(askers.Select(asker => new TicketFollower { TicketId = into.Id, UserId = asker.Item1, UserName = asker.Item2 }));
            into.Shareable &= source.Shareable;
            into.FirstReplyAt = new[] { into.FirstReplyAt, source.FirstReplyAt }.Where(at => at is not null).Min();
            if (into.Status == TicketStatus.Resolved && source.Status != TicketStatus.Resolved)
            {
                (into.Status, into.ResolvedAt) = (TicketStatus.Open, null);
            }

            (source.Status, source.MergedIntoId) = (TicketStatus.Merged, into.Id);
            await db.SaveChangesAsync(cancellationToken);
            var actor = await currentActor.GetAsync(cancellationToken);
            await db.NotifyAskersAsync(into.Id, actor.UserId, $"Questions like yours were merged into the help ticket \"{into.Subject}\": every answer to them is there.", clock.GetUtcNow(), cancellationToken);
            return $"Ticket #{source.Id} was merged into #{into.Id}; every asker follows #{into.Id} now and was told.";
        }
    }
}

/// <summary>The two tickets a merge would join, shown to the librarian before they confirm.</summary>
public static class MergePreview
{
    public sealed record Query(int TicketId, int IntoTicketId) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ManageHelpCenter;
    }

    public sealed record Model(Side Duplicate, Side Into, bool BecomesPrivate);

    public sealed record Side(int Id, string Subject, string Asker, int Replies, bool Shareable);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var ids = new[] { query.TicketId, query.IntoTicketId };
            var sides = await db.HelpTickets().AsNoTracking()
                .Where(ticket => ids.Contains(ticket.Id) && ticket.Status != TicketStatus.Merged)
                .Select(ticket => new Side(ticket.Id, ticket.Subject, ticket.AskerName, ticket.Replies.Count(reply => !reply.Internal), ticket.Shareable))
                .ToListAsync(cancellationToken);
            if (sides.SingleOrDefault(side => side.Id == query.TicketId) is not { } duplicate)
            {
                return new NotFound(TicketAccess.NoSuchTicket);
            }

            if (query.IntoTicketId == query.TicketId || sides.SingleOrDefault(side => side.Id == query.IntoTicketId) is not { } into)
            {
                return new Conflict($"Choose another open ticket to merge #{query.TicketId} into: #{query.IntoTicketId} cannot take it.");
            }

            return new Model(duplicate, into, into.Shareable && !duplicate.Shareable);
        }
    }
}

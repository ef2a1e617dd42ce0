using LibraryPersonalization.Domain.HelpDesk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>The asker (or a librarian) marks the answer that solved it; the ticket is resolved and the answerer is told.</summary>
public static class AcceptAnswer
{
    public sealed class Command : ICommand<Result<string>>, IOwnerRequest, ITicketRequest
    {
        [BindNever]
        public int TicketId { get; set; }

        [BindNever]
        public int ReplyId { get; set; }
    }

    public sealed class Ownership(TicketAccess access) : TicketStep<Command>(access, "Only the person who asked, or a librarian, accepts an answer.")
    {
        protected override bool Allows(Command request, TicketRights rights) => rights.MayAccept;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TicketAccess access, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var changeable = await access.ChangeableAsync(command.TicketId, mustBeOpen: true, cancellationToken);
            if (changeable.Value is not { } ticket)
            {
                return changeable.Failure!;
            }

            var reply = await db.TicketReplies().AsNoTracking().SingleOrDefaultAsync(row => row.Id == command.ReplyId && row.TicketId == ticket.Id, cancellationToken);
            if (reply is null || reply.Internal || reply.FromAsker || reply.HiddenReason is not null)
            {
                return new NotFound("There is no such answer on this ticket.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            var now = clock.GetUtcNow();
            (ticket.Status, ticket.ResolvedAt, ticket.AcceptedReplyId) = (TicketStatus.Resolved, now, reply.Id);
            if (reply.AuthorId != actor.UserId)
            {
                db.Notifications.Add(new() { UserId = reply.AuthorId, Message = $"Your answer to \"{ticket.Subject}\" was accepted. Thank you for helping!", Link = $"/help/tickets/{ticket.Id}", CreatedAt = now });
            }

            return $"You accepted {reply.AuthorName}'s answer: the ticket is resolved.";
        }
    }
}

/// <summary>The asker or staff close a ticket that needs nothing more, or open it again.</summary>
public static class ResolveTicket
{
    public sealed class Command : ICommand<Result<string>>, IOwnerRequest, ITicketRequest
    {
        [BindNever]
        public int TicketId { get; set; }

        public bool Reopen { get; set; }
    }

    public sealed class Ownership(TicketAccess access) : TicketStep<Command>(access, "Only the person who asked, or staff, resolve or reopen a ticket.")
    {
        protected override bool Allows(Command request, TicketRights rights) => rights.MayResolve;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TicketAccess access, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var changeable = await access.ChangeableAsync(command.TicketId, mustBeOpen: false, cancellationToken);
            if (changeable.Value is not { } ticket)
            {
                return changeable.Failure!;
            }

            var resolved = ticket.Status == TicketStatus.Resolved;
            if (command.Reopen != resolved)
            {
                return new Conflict(resolved ? "This ticket is already resolved." : "This ticket is already open.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            var now = clock.GetUtcNow();
            if (command.Reopen)
            {
                (ticket.Status, ticket.ResolvedAt) = (TicketStatus.Open, null);
                await db.NotifyAskersAsync(ticket.Id, actor.UserId, $"Your question \"{ticket.Subject}\" was reopened.", now, cancellationToken);
                return "The ticket is open again.";
            }

            (ticket.Status, ticket.ResolvedAt) = (TicketStatus.Resolved, now);
            await db.NotifyAskersAsync(ticket.Id, actor.UserId, $"Your question \"{ticket.Subject}\" was marked resolved. Reopen it if you still need help.", now, cancellationToken);
            return "The ticket is resolved.";
        }
    }
}

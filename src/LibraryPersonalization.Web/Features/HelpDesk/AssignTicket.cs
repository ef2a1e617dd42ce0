using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>Staff give a ticket to one staff member (or to nobody), who is told.</summary>
public static class AssignTicket
{
    public sealed class Command : ICommand<Result<string>>, IOwnerRequest, ITicketRequest
    {
        [BindNever]
        public int TicketId { get; set; }

        public string? AssigneeId { get; set; }
    }

    public sealed class Ownership(TicketAccess access) : TicketStep<Command>(access, "Only staff who answer tickets assign them.")
    {
        protected override bool Allows(Command request, TicketRights rights) => rights.MayAssign;
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

            if (string.IsNullOrEmpty(command.AssigneeId))
            {
                (ticket.AssignedToId, ticket.AssignedToName) = (null, null);
                return "Nobody is assigned to this ticket now.";
            }

            var assignee = await db.StaffMembers()
                .Where(user => user.Id == command.AssigneeId)
                .Select(user => new { user.Id, user.DisplayName })
                .SingleOrDefaultAsync(cancellationToken);
            if (assignee is null)
            {
                return new Invalid(nameof(Command.AssigneeId), "Choose a librarian or teacher.");
            }

            (ticket.AssignedToId, ticket.AssignedToName) = (assignee.Id, assignee.DisplayName);
            var actor = await currentActor.GetAsync(cancellationToken);
            if (assignee.Id != actor.UserId)
            {
                db.Notifications.Add(new() { UserId = assignee.Id, Message = $"{actor.DisplayName} assigned you the help ticket \"{ticket.Subject}\".", Link = $"/help/tickets/{ticket.Id}", CreatedAt = clock.GetUtcNow() });
            }

            return $"Assigned to {assignee.DisplayName}.";
        }
    }
}

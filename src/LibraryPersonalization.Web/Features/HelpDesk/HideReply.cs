using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>A librarian hides a reply (wrong, unkind, off topic) with a reason everyone on the ticket sees; its author is told.</summary>
public static class HideReply
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest, ITicketRequest
    {
        [BindNever]
        public int TicketId { get; set; }

        [BindNever]
        public int ReplyId { get; set; }

        public string Reason { get; set; } = string.Empty;

        public GatedAction Action => GatedAction.ManageHelpCenter;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(command => command.Reason).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Say why the reply is hidden: its author is told.")
                .MaximumLength(500).WithMessage("Keep the reason to 500 characters.");
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TicketAccess access, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.HelpTickets().AnyAsync(ticket => ticket.Id == command.TicketId, cancellationToken))
            {
                return new NotFound(TicketAccess.NoSuchTicket);
            }

            var changeable = await access.ChangeableAsync(command.TicketId, mustBeOpen: false, cancellationToken);
            if (changeable.Value is not { } ticket)
            {
                return changeable.Failure!;
            }

            var reply = await db.TicketReplies().SingleOrDefaultAsync(row => row.Id == command.ReplyId && row.TicketId == ticket.Id && !row.Internal, cancellationToken);
            if (reply is null)
            {
                return new NotFound("There is no such reply on this ticket.");
            }

            if (reply.HiddenReason is not null)
            {
                return new Conflict("This reply is already hidden.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            (reply.HiddenReason, reply.HiddenByName) = (command.Reason.Trim(), actor.DisplayName);
            if (ticket.AcceptedReplyId == reply.Id)
            {
                ticket.AcceptedReplyId = null;
            }

            db.Notifications.Add(new() { UserId = reply.AuthorId, Message = $"{actor.DisplayName} hid your reply on \"{ticket.Subject}\": {reply.HiddenReason}", Link = $"/help/tickets/{ticket.Id}", CreatedAt = clock.GetUtcNow() });
            return "The reply is hidden and its author was told why.";
        }
    }
}

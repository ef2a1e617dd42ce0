using LibraryPersonalization.Domain.HelpDesk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>
/// An answer from staff or a peer helper, a follow-up from the asker, or a staff-only internal note. Staff may start from a
/// canned reply. The first answer records the time to first reply and tells the askers.
/// </summary>
public static class PostReply
{
    public sealed class Command : ICommand<Result<string>>, IOwnerRequest, ITicketRequest
    {
        [BindNever]
        public int TicketId { get; set; }

        public string? Text { get; set; }
        public int? CannedReplyId { get; set; }
        public bool Internal { get; set; }
    }

    public sealed class Ownership(TicketAccess access) : TicketStep<Command>(access, "Only staff add internal notes.")
    {
        protected override bool Allows(Command request, TicketRights rights) =>
            request.Internal ? rights.MayAddInternalNote : rights.MayAnswer;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Text).Must((command, text) => !string.IsNullOrWhiteSpace(text) || command.CannedReplyId is not null)
                .WithMessage("Write your reply.")
                .MaximumLength(4000).WithMessage("Keep the reply to 4,000 characters.");
        }
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TicketAccess access, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var (rights, _) = await access.RightsAsync(command.TicketId, actor, cancellationToken);
            var changeable = await access.ChangeableAsync(command.TicketId, mustBeOpen: true, cancellationToken);
            if (changeable.Value is not { } ticket)
            {
                return changeable.Failure!;
            }

            var text = command.Text?.Trim() ?? string.Empty;
            if (command.CannedReplyId is { } cannedId && rights.IsStaff)
            {
                var canned = await db.CannedReplies().AsNoTracking().SingleOrDefaultAsync(row => row.Id == cannedId, cancellationToken);
                if (canned is null)
                {
                    return new Invalid(nameof(Command.CannedReplyId), "That canned reply no longer exists: choose another.");
                }

                text = text.Length == 0 ? canned.Text : $"{canned.Text}\n\n{text}";
            }

            if (text.Length == 0 || text.Length > 4000)
            {
                return new Invalid(nameof(Command.Text), text.Length == 0 ? "Write your reply." : "The canned reply and your words together are over 4,000 characters: shorten them.");
            }

            var now = clock.GetUtcNow();
            var fromAsker = rights.IsAsker && !command.Internal;
            db.TicketReplies().Add(new TicketReply
            {
                TicketId = ticket.Id,
                AuthorId = actor.UserId,
                AuthorName = actor.DisplayName,
                ByStudent = actor.Role == LibraryRole.Student,
                FromAsker = fromAsker,
                Text = text,
                Internal = command.Internal,
                CreatedAt = now,
            });
            if (command.Internal)
            {
                return "Internal note added: only staff see it.";
            }

            if (fromAsker)
            {
                ticket.Status = TicketStatus.Open;
                return "Your reply was added.";
            }

            ticket.Status = TicketStatus.Answered;
            ticket.FirstReplyAt ??= now;
            await db.NotifyAskersAsync(ticket.Id, actor.UserId, $"{actor.DisplayName} answered your question \"{ticket.Subject}\".", now, cancellationToken);
            return "Your answer was posted and the asker was told.";
        }
    }
}

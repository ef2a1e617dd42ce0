using LibraryPersonalization.Domain.HelpDesk;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>Anyone opens a ticket at every volume; it is private to the asker and staff unless they choose to share it with peers.</summary>
public static class AskQuestion
{
    public sealed class Command : ICommand<Result<int>>, IGatedRequest
    {
        public string Subject { get; set; } = string.Empty;
        public string Question { get; set; } = string.Empty;
        public TicketCategory Category { get; set; } = TicketCategory.Other;
        public bool Shareable { get; set; }

        public GatedAction Action => GatedAction.OpenHelpTicket;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Subject).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Give your question a short subject.")
                .MaximumLength(200).WithMessage("Keep the subject to 200 characters.");
            RuleFor(command => command.Question).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write your question.")
                .MaximumLength(4000).WithMessage("Keep the question to 4,000 characters.");
            RuleFor(command => command.Category).IsInEnum().WithMessage("Choose what the question is about.");
        }
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var ticket = new HelpTicket
            {
                AskerId = actor.UserId,
                AskerName = actor.DisplayName,
                Subject = command.Subject.Trim(),
                Question = command.Question.Trim(),
                Category = command.Category,
                Shareable = command.Shareable,
                Status = TicketStatus.Open,
                CreatedAt = clock.GetUtcNow(),
            };
            db.HelpTickets().Add(ticket);
            await db.SaveChangesAsync(cancellationToken);
            return ticket.Id;
        }
    }
}

/// <summary>The person's own tickets, and those merged into one they asked.</summary>
public static class MyTickets
{
    public sealed record Query(int Page) : IQuery<Result<Page<TicketLine>>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.OpenHelpTicket;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, SchoolTime schoolTime) : IQueryHandler<Query, Result<Page<TicketLine>>>
    {
        public async ValueTask<Result<Page<TicketLine>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            return await TicketLine.PageAsync(db.TicketsOf(actor.UserId), query.Page, schoolTime, showAsker: false, cancellationToken);
        }
    }
}

/// <summary>One row of a ticket list.</summary>
public sealed record TicketLine(int Id, string Subject, string Category, string Status, string Asked, string? Asker, string? AssignedTo, bool Shareable, int Replies)
{
    public static async Task<Page<TicketLine>> PageAsync(IQueryable<HelpTicket> tickets, int page, SchoolTime schoolTime, bool showAsker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schoolTime);
        var total = await tickets.CountAsync(cancellationToken);
        var rows = await tickets.OrderByDescending(ticket => ticket.CreatedAt).ThenByDescending(ticket => ticket.Id)
            .PageOf(page)
            .Select(ticket => new
            {
                ticket.Id, ticket.Subject, ticket.Category, ticket.Status, ticket.CreatedAt, ticket.AskerName, ticket.AssignedToName, ticket.Shareable,
                Replies = ticket.Replies.Count(reply => !reply.Internal && reply.HiddenReason == null),
            })
            .ToListAsync(cancellationToken);
        return new Page<TicketLine>(
            rows.Select(row => new TicketLine(
                row.Id, row.Subject, HelpDeskData.CategoryName(row.Category), StatusText(row.Status), schoolTime.Format(row.CreatedAt, "MMM d, h:mm tt"),
                showAsker ? row.AskerName : null, row.AssignedToName, row.Shareable, row.Replies)).ToList(),
            page,
            Paging.DefaultPageSize,
            total);
    }

    public static string StatusText(TicketStatus status) => status switch
    {
        TicketStatus.Open => "Open",
        TicketStatus.Answered => "Answered",
        TicketStatus.Resolved => "Resolved",
        _ => "Merged",
    };
}

using LibraryPersonalization.Domain.HelpDesk;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>The staff queue: every ticket not merged away, filtered by status, category, age and who has it.</summary>
public static class HelpDeskTickets
{
    public sealed record Filters(TicketStatus? Status, TicketCategory? Category, int? OlderThanDays, string? Assigned)
    {
        public const string ToMe = "me";
        public const string ToNobody = "nobody";
    }

    public sealed record Query(Filters Filters, int Page) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.AnswerTicketAsTeacher;
    }

    public sealed record Model(Filters Filters, Page<TicketLine> Tickets);

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, SchoolTime schoolTime, TimeProvider clock) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var filters = query.Filters;
            var tickets = db.HelpTickets().AsNoTracking().Where(ticket => ticket.Status != TicketStatus.Merged);
            if (filters.Status is { } status)
            {
                tickets = tickets.Where(ticket => ticket.Status == status);
            }

            if (filters.Category is { } category)
            {
                tickets = tickets.Where(ticket => ticket.Category == category);
            }

            if (filters.OlderThanDays is { } days and > 0)
            {
                var before = clock.GetUtcNow().AddDays(-days);
                tickets = tickets.Where(ticket => ticket.CreatedAt < before);
            }

            tickets = filters.Assigned switch
            {
                Filters.ToMe => tickets.Where(ticket => ticket.AssignedToId == actor.UserId),
                Filters.ToNobody => tickets.Where(ticket => ticket.AssignedToId == null),
                _ => tickets,
            };
            return new Model(filters, await TicketLine.PageAsync(tickets, query.Page, schoolTime, showAsker: true, cancellationToken));
        }
    }
}

/// <summary>Open shareable questions from other students, for peer helpers at Student-generated; askers stay anonymous.</summary>
public static class PeerHelp
{
    public sealed record Query(int Page) : IQuery<Result<Page<TicketLine>>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.AnswerPeerTicket;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, SchoolTime schoolTime) : IQueryHandler<Query, Result<Page<TicketLine>>>
    {
        public async ValueTask<Result<Page<TicketLine>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var open = db.HelpTickets().AsNoTracking()
                .Where(ticket => ticket.Shareable && (ticket.Status == TicketStatus.Open || ticket.Status == TicketStatus.Answered)
                    && ticket.AskerId != actor.UserId && !ticket.Followers.Any(follower => follower.UserId == actor.UserId));
            return await TicketLine.PageAsync(open, query.Page, schoolTime, showAsker: false, cancellationToken);
        }
    }
}

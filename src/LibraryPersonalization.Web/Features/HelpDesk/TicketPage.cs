using System.Globalization;
using LibraryPersonalization.Domain.HelpDesk;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>
/// One ticket as the viewer may see it: internal notes for staff only, a hidden reply's text for librarians only,
/// and the asker's name for askers and staff only (peer helpers see "A student").
/// </summary>
public static class TicketPage
{
    public sealed record Query(int TicketId) : IQuery<Result<Model>>, IOwnerRequest;

    public sealed class Ownership(TicketAccess access) : IOwnershipCheck<Query>
    {
        public async ValueTask<Failure?> RefusalAsync(Query request, Actor actor, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            return (await access.RightsAsync(request.TicketId, actor, cancellationToken)).Refusal;
        }
    }

    public sealed record Model(
        int Id,
        string Subject,
        string Question,
        string Category,
        string Status,
        TicketStatus StatusValue,
        bool Shareable,
        string Asker,
        string Asked,
        string? AssignedTo,
        int? MergedIntoId,
        TicketRights Rights,
        IReadOnlyList<ReplyLine> Replies,
        IReadOnlyList<Choice> CannedReplies,
        IReadOnlyList<Choice> Staff);

    public sealed record ReplyLine(int Id, string Author, string Written, string? Text, bool Internal, bool ByStudent, bool Accepted, string? HiddenReason, bool MayAccept, bool MayHide);

    public sealed record Choice(string Value, string Text);

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TicketAccess access, SchoolTime schoolTime) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var (rights, _) = await access.RightsAsync(query.TicketId, actor, cancellationToken);
            var ticket = await db.HelpTickets().AsNoTracking().SingleAsync(row => row.Id == query.TicketId, cancellationToken);
            var replies = await db.TicketReplies().AsNoTracking()
                .Where(reply => reply.TicketId == ticket.Id && (rights.IsStaff || !reply.Internal))
                .OrderBy(reply => reply.CreatedAt).ThenBy(reply => reply.Id)
                .ToListAsync(cancellationToken);
            var open = ticket.Status is TicketStatus.Open or TicketStatus.Answered;
            var seesAskers = rights.IsAsker || rights.IsStaff;
            var lines = replies.Select(reply => new ReplyLine(
                reply.Id,
                reply.FromAsker && !seesAskers ? "The student who asked" : reply.AuthorName,
                schoolTime.Format(reply.CreatedAt, "MMM d, h:mm tt"),
                reply.HiddenReason is null || rights.IsLibrarian ? reply.Text : null,
                reply.Internal,
                reply.ByStudent,
                reply.Id == ticket.AcceptedReplyId,
                reply.HiddenReason,
                rights.MayAccept && open && !reply.Internal && reply.HiddenReason is null && !reply.FromAsker,
                rights.IsLibrarian && reply.HiddenReason is null && !reply.Internal)).ToList();
            var canned = rights.IsStaff
                ? await db.CannedReplies().AsNoTracking().OrderBy(row => row.Title).Select(row => new Choice(row.Id.ToString(CultureInfo.InvariantCulture), row.Title)).ToListAsync(cancellationToken)
                : [];
            var staff = rights.MayAssign
                ? await db.StaffMembers().OrderBy(user => user.DisplayName).Select(user => new Choice(user.Id, user.DisplayName)).ToListAsync(cancellationToken)
                : [];
            return new Model(
                ticket.Id,
                ticket.Subject,
                ticket.Question,
                HelpDeskData.CategoryName(ticket.Category),
                TicketLine.StatusText(ticket.Status),
                ticket.Status,
                ticket.Shareable,
                seesAskers ? ticket.AskerName : "A student",
                schoolTime.Format(ticket.CreatedAt, "MMM d, yyyy, h:mm tt"),
                ticket.AssignedToName,
                ticket.MergedIntoId,
                rights,
                lines,
                canned,
                staff);
        }
    }
}

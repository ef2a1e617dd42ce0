using LibraryPersonalization.Domain.HelpDesk;
using LibraryPersonalization.Web.Infrastructure.Shell;

namespace LibraryPersonalization.Web.Features.HelpDesk;

public static class HelpDeskSlice
{
    /// <summary>Plugs the help center into home, the ecosystem page and the navigation.</summary>
    public static IServiceCollection AddHelpCenterSlice(this IServiceCollection services) =>
        services.AddScoped<TicketAccess>().AddScoped<IElementContribution, HelpDeskContribution>();
}

public sealed class HelpDeskContribution(LibraryDbContext db, EcosystemVolumes volumes, SchoolTime schoolTime) : IElementContribution
{
    public EcosystemElement Element => EcosystemElement.HelpCenter;

    public IEnumerable<ShellLink> Navigation(Actor actor, Volume volume) =>
    [
        new("Help", "/help", GatedAction.OpenHelpTicket),
        new("Help desk", "/help/queue", GatedAction.AnswerTicketAsTeacher),
        new("Peer help", "/help/peer", GatedAction.AnswerPeerTicket),
    ];

    public IEnumerable<ShellLink> ActionLinks(Actor actor, Volume volume) =>
    [
        ShellLink.For(GatedAction.OpenHelpTicket, "/help"),
        new("Answer help tickets from the help desk queue", "/help/queue", GatedAction.AnswerTicketAsTeacher),
        ShellLink.For(GatedAction.SuggestFaqEntry, "/help/faq/suggest"),
        ShellLink.For(GatedAction.AnswerPeerTicket, "/help/peer"),
        ShellLink.For(GatedAction.ManageHelpCenter, "/help/faq/review"),
    ];

    public async Task<IReadOnlyList<AttentionItem>> NeedsAttentionAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var attention = new List<AttentionItem>();
        if ((await volumes.DecideAsync(GatedAction.AnswerTicketAsTeacher, actor, cancellationToken)).IsAllowed)
        {
            attention.Add(new(await db.HelpTickets().CountAsync(ticket => ticket.Status == TicketStatus.Open, cancellationToken), "help tickets waiting for an answer", "/help/queue?status=Open"));
        }

        if (actor.Role == LibraryRole.Librarian)
        {
            attention.Add(new(await db.FaqEntries().CountAsync(entry => entry.Status == FaqStatus.Suggested, cancellationToken), "FAQ suggestions to review", "/help/faq/review"));
        }

        return attention;
    }

    public async Task<IReadOnlyList<ParticipationFigure>> ParticipationAsync(DateRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var (from, to) = (range.From, range.To);
        var studentIds = db.UserRoles.Where(role => db.Roles.Any(named => named.Id == role.RoleId && named.Name == nameof(LibraryRole.Student))).Select(role => role.UserId);
        var peerAnswers = db.TicketReplies().Where(reply => reply.ByStudent && !reply.FromAsker && !reply.Internal && reply.CreatedAt >= from && reply.CreatedAt < to);
        return
        [
            new("help tickets opened by students", await db.HelpTickets().CountAsync(ticket => ticket.CreatedAt >= from && ticket.CreatedAt < to && studentIds.Contains(ticket.AskerId), cancellationToken)),
            new("answers by peers", await peerAnswers.CountAsync(cancellationToken)),
            new("peer answers accepted", await peerAnswers.CountAsync(reply => db.HelpTickets().Any(ticket => ticket.AcceptedReplyId == reply.Id), cancellationToken)),
            new("FAQ suggestions by students", await db.FaqEntries().CountAsync(entry => entry.SuggestedById != null && studentIds.Contains(entry.SuggestedById) && entry.CreatedAt >= from && entry.CreatedAt < to, cancellationToken)),
        ];
    }

    public async Task<IReadOnlyList<PersonalList>> PersonalListsAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var mine = await db.TicketsOf(actor.UserId)
            .OrderByDescending(ticket => ticket.CreatedAt)
            .Take(5)
            .Select(ticket => new { ticket.Id, ticket.Subject, ticket.Status, ticket.CreatedAt })
            .ToListAsync(cancellationToken);
        return
        [
            new(
                "My help tickets",
                "You have not asked the help desk anything yet.",
                mine.Select(ticket => new PersonalItem($"{ticket.Subject} ({schoolTime.Format(ticket.CreatedAt, "MMM d")})", $"/help/tickets/{ticket.Id}", TicketLine.StatusText(ticket.Status).ToLowerInvariant())).ToList()),
        ];
    }
}

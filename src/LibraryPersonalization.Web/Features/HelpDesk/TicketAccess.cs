using LibraryPersonalization.Domain.Auditing;
using LibraryPersonalization.Domain.HelpDesk;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>The help desk's tables, read through the context without the shared context naming them.</summary>
public static class HelpDeskData
{
    public static DbSet<HelpTicket> HelpTickets(this LibraryDbContext db) => db.Set<HelpTicket>();

    public static DbSet<TicketReply> TicketReplies(this LibraryDbContext db) => db.Set<TicketReply>();

    public static DbSet<TicketFollower> TicketFollowers(this LibraryDbContext db) => db.Set<TicketFollower>();

    public static DbSet<CannedReply> CannedReplies(this LibraryDbContext db) => db.Set<CannedReply>();

    public static DbSet<FaqEntry> FaqEntries(this LibraryDbContext db) => db.Set<FaqEntry>();

    public static DbSet<FaqFeedback> FaqFeedback(this LibraryDbContext db) => db.Set<FaqFeedback>();

    /// <summary>
    /// Tickets the person asked or follows, merged ones left out. Written as "asked, or in the followed ids" rather than
    /// "asked, or has a follower row", so each side reads its own index instead of every ticket being visited.
    /// </summary>
    public static IQueryable<HelpTicket> TicketsOf(this LibraryDbContext db, string userId)
    {
        var followed = db.TicketFollowers().Where(follower => follower.UserId == userId).Select(follower => follower.TicketId);
        return db.HelpTickets().AsNoTracking().Where(ticket => ticket.Status != TicketStatus.Merged && (ticket.AskerId == userId || followed.Contains(ticket.Id)));
    }

    /// <summary>Tells the asker and everyone whose duplicate was merged into the ticket, except the person who caused it.</summary>
    public static async Task NotifyAskersAsync(this LibraryDbContext db, int ticketId, string exceptUserId, string message, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var asker = await db.HelpTickets().Where(ticket => ticket.Id == ticketId).Select(ticket => ticket.AskerId).SingleAsync(cancellationToken);
        var followers = await db.TicketFollowers().Where(follower => follower.TicketId == ticketId).Select(follower => follower.UserId).ToListAsync(cancellationToken);
        foreach (var userId in followers.Append(asker).Distinct().Where(userId => userId != exceptUserId))
        {
            db.Notifications.Add(new Notification { UserId = userId, Message = message, Link = $"/help/tickets/{ticketId}", CreatedAt = at });
        }
    }

    /// <summary>Active librarians and teachers: the people a ticket can be assigned to.</summary>
    public static IQueryable<ApplicationUser> StaffMembers(this LibraryDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var staffRoles = new[] { nameof(LibraryRole.Librarian), nameof(LibraryRole.Teacher) };
        return db.Users.AsNoTracking()
            .Where(user => user.IsActive && db.UserRoles.Any(userRole => userRole.UserId == user.Id && db.Roles.Any(role => role.Id == userRole.RoleId && staffRoles.Contains(role.Name!))));
    }

    public static string CategoryName(TicketCategory category) => category switch
    {
        TicketCategory.FindingBooks => "Finding books",
        TicketCategory.Research => "Research and citations",
        TicketCategory.Technology => "Devices and printing",
        TicketCategory.MediaLab => "Media lab",
        TicketCategory.Makerspace => "Makerspace",
        TicketCategory.Accounts => "Accounts and sign-in",
        _ => "Something else",
    };
}

/// <summary>What a person may do with one ticket. Each ticket command's ownership check asks it, so the pages and the rules agree.</summary>
public sealed record TicketRights(bool IsAsker, bool IsStaff, bool IsPeer, bool IsLibrarian)
{
    public bool MaySee => IsAsker || IsStaff || IsPeer;

    public bool MayAnswer => MaySee;

    public bool MayAddInternalNote => IsStaff;

    public bool MayAccept => IsAsker || IsLibrarian;

    public bool MayResolve => IsAsker || IsStaff;

    public bool MayAssign => IsStaff;
}

/// <summary>
/// Decides who sees a ticket: its askers, staff who answer tickets at the current volume, and, for shareable tickets,
/// students helping peers at Student-generated. Anyone else is told there is no such ticket, so ids reveal nothing.
/// </summary>
public sealed class TicketAccess(LibraryDbContext db, EcosystemVolumes volumes)
{
    public const string NoSuchTicket = "There is no such help ticket.";

    /// <summary>Rights already decided in this request: the ownership check and the handler ask the same question.</summary>
    private readonly Dictionary<(int TicketId, string UserId), (TicketRights Rights, Failure? Refusal)> decided = [];

    public async Task<(TicketRights Rights, Failure? Refusal)> RightsAsync(int ticketId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!decided.TryGetValue((ticketId, actor.UserId), out var answer))
        {
            answer = await DecideAsync(ticketId, actor, cancellationToken);
            decided[(ticketId, actor.UserId)] = answer;
        }

        return answer;
    }

    private async Task<(TicketRights Rights, Failure? Refusal)> DecideAsync(int ticketId, Actor actor, CancellationToken cancellationToken)
    {
        var ticket = await db.HelpTickets().AsNoTracking()
            .Where(row => row.Id == ticketId)
            .Select(row => new { row.AskerId, row.Shareable, row.Status, Follows = row.Followers.Any(follower => follower.UserId == actor.UserId) })
            .SingleOrDefaultAsync(cancellationToken);
        if (ticket is null)
        {
            return (new(false, false, false, false), new NotFound(NoSuchTicket));
        }

        var isAsker = ticket.AskerId == actor.UserId || ticket.Follows;
        var staff = actor.IsStaff ? await volumes.DecideAsync(GatedAction.AnswerTicketAsTeacher, actor, cancellationToken) : null;
        var peer = !actor.IsStaff && ticket.Shareable && !isAsker && ticket.Status != TicketStatus.Merged
            ? await volumes.DecideAsync(GatedAction.AnswerPeerTicket, actor, cancellationToken)
            : null;
        var rights = new TicketRights(isAsker, staff?.IsAllowed == true, peer?.IsAllowed == true, actor.Role == LibraryRole.Librarian);
        if (rights.MaySee)
        {
            return (rights, null);
        }

        var closed = staff ?? peer;
        return (rights, closed is null ? new NotFound(NoSuchTicket) : Forbidden.By(closed, actor.Role));
    }

    /// <summary>Null when the actor may take the step; NotFound when they may not even see the ticket.</summary>
    public async Task<Failure?> RefusalAsync(int ticketId, Actor actor, Func<TicketRights, bool> step, string refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var (rights, cannotSee) = await RightsAsync(ticketId, actor, cancellationToken);
        return cannotSee ?? (step(rights) ? null : new Forbidden(refusal, EcosystemElement.HelpCenter));
    }

    /// <summary>The ticket to change, tracked, or why it cannot change now (merged away, or resolved where that matters).</summary>
    public async Task<Result<HelpTicket>> ChangeableAsync(int ticketId, bool mustBeOpen, CancellationToken cancellationToken)
    {
        var ticket = await db.HelpTickets().SingleAsync(row => row.Id == ticketId, cancellationToken);
        if (ticket is { Status: TicketStatus.Merged, MergedIntoId: { } into })
        {
            return new Conflict($"This ticket was merged into ticket #{into}: continue there.");
        }

        if (mustBeOpen && ticket.Status == TicketStatus.Resolved)
        {
            return new Conflict("This ticket is resolved: reopen it first.");
        }

        ticket.Version++;
        return ticket;
    }
}

/// <summary>A request about one ticket; its ownership check asks <see cref="TicketAccess"/>.</summary>
public interface ITicketRequest
{
    int TicketId { get; }
}

/// <summary>Refuses a ticket request unless the actor's <see cref="TicketRights"/> allow the step it takes.</summary>
public abstract class TicketStep<TRequest>(TicketAccess access, string refusal) : IOwnershipCheck<TRequest>
    where TRequest : ITicketRequest
{
    public ValueTask<Failure?> RefusalAsync(TRequest request, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(access.RefusalAsync(request.TicketId, actor, rights => Allows(request, rights), refusal, cancellationToken));
    }

    protected abstract bool Allows(TRequest request, TicketRights rights);
}

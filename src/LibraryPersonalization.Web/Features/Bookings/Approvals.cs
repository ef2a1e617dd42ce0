using LibraryPersonalization.Domain.Bookings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>Upcoming requests of one area waiting for a decision, with how reliably each requester turned up lately.</summary>
public static class WaitingRequests
{
    public sealed record Query(EcosystemElement Element, int Page) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).Approve;
    }

    public sealed record Model(BookingArea Area, IReadOnlyList<AreaTab> Areas, Page<Line> Requests);

    public sealed record AreaTab(BookingArea Area, int Waiting, bool Current);

    public sealed record Line(int Id, string Requester, string Resource, string When, string? Note, int RecentNoShows);

    /// <summary>The requests <paramref name="approverId"/> may decide: upcoming, in the area, and not their own.</summary>
    public static IQueryable<Booking> Waiting(LibraryDbContext db, EcosystemElement element, string approverId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Bookings.Where(booking => booking.Resource!.Element == element && booking.Status == BookingStatus.Requested && booking.Start > now && booking.HolderId != approverId);
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor, EcosystemVolumes volumes) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var now = engine.Now;
            var tabs = new List<AreaTab>();
            foreach (var area in BookingArea.All)
            {
                if ((await volumes.DecideAsync(area.Approve, actor, cancellationToken)).IsAllowed)
                {
                    tabs.Add(new AreaTab(area, await Waiting(db, area.Element, actor.UserId, now).CountAsync(cancellationToken), area.Element == query.Element));
                }
            }

            var waiting = Waiting(db, query.Element, actor.UserId, now).AsNoTracking();
            var total = await waiting.CountAsync(cancellationToken);
            var rows = await waiting.OrderBy(booking => booking.Start).ThenBy(booking => booking.Id).PageOf(query.Page)
                .Select(booking => new { booking.Id, booking.HolderId, booking.HolderName, booking.Resource!.Name, booking.Start, booking.End, booking.Note })
                .ToListAsync(cancellationToken);
            var noShows = await NoShows.RecentAsync(db, rows.Select(row => row.HolderId).Distinct().ToList(), now, cancellationToken);
            var lines = rows.Select(row => new Line(row.Id, row.HolderName, row.Name, engine.Span(row.Start, row.End), row.Note, noShows.GetValueOrDefault(row.HolderId))).ToList();
            return new Model(BookingArea.For(query.Element), tabs, new Page<Line>(lines, query.Page, Paging.DefaultPageSize, total));
        }
    }
}

/// <summary>How often people failed to turn up lately: staff see it when deciding requests and checking people in.</summary>
public static class NoShows
{
    /// <summary>From this many no-shows in <see cref="Lookback"/> a person is flagged to staff.</summary>
    public const int Repeated = 2;

    public static readonly TimeSpan Lookback = TimeSpan.FromDays(30);

    public static async Task<Dictionary<string, int>> RecentAsync(LibraryDbContext db, IReadOnlyCollection<string> userIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var since = now - Lookback;
        return await db.Bookings.AsNoTracking()
            .Where(booking => userIds.Contains(booking.HolderId) && booking.Status == BookingStatus.NoShow && booking.Start >= since)
            .GroupBy(booking => booking.HolderId)
            .Select(group => new { HolderId = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.HolderId, row => row.Count, cancellationToken);
    }
}

/// <summary>
/// A staff action on one booking of an area. The controller sets both from the route, never the form; the handler
/// answers "not found" when the booking is not in that area, so rights in one area never reach the other's bookings.
/// </summary>
public abstract class BookingDecision
{
    [BindNever]
    public EcosystemElement Element { get; set; }

    [BindNever]
    public int BookingId { get; set; }
}

internal static class Decisions
{
    /// <summary>
    /// The booking in the command's area, read after its resource's lock is taken, so two people deciding at once
    /// queue here and the second one sees what the first one did.
    /// </summary>
    public static async Task<Result<Booking>> LockedAsync(LibraryDbContext db, BookingEngine engine, BookingDecision command, CancellationToken cancellationToken)
    {
        var resourceId = await db.Bookings
            .Where(booking => booking.Id == command.BookingId && booking.Resource!.Element == command.Element)
            .Select(booking => (int?)booking.ResourceId)
            .SingleOrDefaultAsync(cancellationToken);
        if (resourceId is null)
        {
            return new NotFound("There is no such booking.");
        }

        await engine.LockAsync(resourceId.Value, cancellationToken);
        var booking = await db.Bookings.SingleAsync(booking => booking.Id == command.BookingId, cancellationToken);
        booking.Resource = await engine.FindAsync(command.Element, resourceId.Value, cancellationToken);
        return booking;
    }

    public static void Tell(LibraryDbContext db, Booking booking, string message, DateTimeOffset now) =>
        db.NotifyHolder(booking.HolderId, message, now);
}

/// <summary>What approving and declining share: the request, read under its resource's lock, and who decided it when.</summary>
public abstract class RequestDecisionHandler<TCommand>(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor) : ICommandHandler<TCommand, Result<string>>
    where TCommand : BookingDecision, ICommand<Result<string>>
{
    protected LibraryDbContext Db => db;

    protected BookingEngine Engine => engine;

    public async ValueTask<Result<string>> Handle(TCommand command, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var locked = await Decisions.LockedAsync(db, engine, command, cancellationToken);
        if (locked.Value is not { Resource: { } resource } booking)
        {
            return locked.Failure!;
        }

        if (booking.HolderId == actor.UserId)
        {
            return new Forbidden("Nobody decides their own request: another approver will.");
        }

        if (booking.Status != BookingStatus.Requested)
        {
            return new Conflict($"This request is no longer waiting: it is {MyBookings.StatusText(booking.Status).ToLowerInvariant()}.");
        }

        var now = engine.Now;
        var decided = await DecideAsync(command, booking, resource, actor, now, cancellationToken);
        if (decided.Failure is null)
        {
            booking.DecidedAt = now;
            booking.DecidedById = actor.UserId;
        }

        return decided;
    }

    protected abstract Task<Result<string>> DecideAsync(TCommand command, Booking booking, BookableResource resource, Actor actor, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>Staff (or, in the media lab, a student expert) approve a request: it takes its seats if they are still free.</summary>
public static class ApproveBooking
{
    public sealed class Command : BookingDecision, ICommand<Result<string>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).Approve;
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor) : RequestDecisionHandler<Command>(db, engine, currentActor)
    {
        protected override async Task<Result<string>> DecideAsync(Command command, Booking booking, BookableResource resource, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var when = Engine.Span(booking.Start, booking.End);
            if (booking.Start <= now)
            {
                return new Conflict($"This request for {when} has already begun: decline it instead.");
            }

            var attempt = new BookingAttempt(booking.Start, booking.End, booking.Seats, ByStaff: true);
            if (BookingRules.TimeRefusal(resource, attempt, now, Engine.Calendar) is { } timeRefusal)
            {
                return new Conflict($"This request no longer fits: {timeRefusal}");
            }

            if (await Engine.SeatRefusalAsync(resource, attempt, booking.Id, cancellationToken) is not null)
            {
                return new Conflict($"This request no longer fits: every seat of {resource.Name} is taken at {when}. Decline it with a reason so {booking.HolderName} can choose another time.");
            }

            booking.Status = BookingStatus.Confirmed;
            Decisions.Tell(Db, booking, $"{actor.DisplayName} approved your request: {resource.Name}, {when} is booked for you.", now);
            return $"Approved: {resource.Name}, {when} is booked for {booking.HolderName}.";
        }
    }
}

/// <summary>Declines a request with the reason the requester reads.</summary>
public static class DeclineBooking
{
    public sealed class Command : BookingDecision, ICommand<Result<string>>, IGatedRequest
    {
        public string Reason { get; set; } = string.Empty;

        public GatedAction Action => BookingArea.For(Element).Approve;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(command => command.Reason).Must(reason => !string.IsNullOrWhiteSpace(reason)).WithMessage("Say why you are declining, so they can choose another time.").MaximumLength(500);
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor) : RequestDecisionHandler<Command>(db, engine, currentActor)
    {
        protected override Task<Result<string>> DecideAsync(Command command, Booking booking, BookableResource resource, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
        {
            booking.Status = BookingStatus.Declined;
            booking.StatusReason = command.Reason.Trim();
            var when = Engine.Span(booking.Start, booking.End);
            Decisions.Tell(Db, booking, $"{actor.DisplayName} declined your request for {resource.Name}, {when}: {booking.StatusReason}", now);
            return Task.FromResult<Result<string>>($"Declined the request of {booking.HolderName} for {resource.Name}, {when}.");
        }
    }
}

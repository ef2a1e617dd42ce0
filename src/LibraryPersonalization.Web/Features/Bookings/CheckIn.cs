using LibraryPersonalization.Domain.Bookings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>
/// When a booking may be checked in, by its holder or by staff alike: from a few minutes before it starts until the
/// sweep releases it as a no-show, the element's check-in window after the start (a seat got after the start, by a late
/// approval or a claimed waitlist offer, counts from then). A holder who may not check in themselves is never released,
/// so staff can check them in until the end.
/// </summary>
public sealed record CheckInWindow(DateTimeOffset Opens, DateTimeOffset Closes)
{
    public const int EarlyMinutes = 10;

    public static CheckInWindow For(Booking booking, BookingLimits limits, bool releasedWhenMissed)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(limits);
        var countsFrom = booking.DecidedAt is { } decided && decided > booking.Start ? decided : booking.Start;
        var released = countsFrom.AddMinutes(limits.CheckInWindowMinutes);
        return new(booking.Start.AddMinutes(-EarlyMinutes), releasedWhenMissed && released < booking.End ? released : booking.End);
    }

    /// <summary>Why one cannot check in at <paramref name="now"/>, or null while the window is open.</summary>
    public string? Refusal(DateTimeOffset now, BookingEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return now < Opens ? $"It is too early to check in: check-in opens at {engine.TimeOfDay(Opens)}, {EarlyMinutes} minutes before your booking starts."
            : now >= Closes ? $"It is too late to check in: check-in closed at {engine.TimeOfDay(Closes)}. Book another time."
            : null;
    }
}

/// <summary>Which holders may check in to an element themselves: only their bookings are released when nobody checks in.</summary>
public sealed class SelfCheckIn(LibraryDbContext db, EcosystemVolumes volumes)
{
    public async Task<IReadOnlySet<string>> HoldersWhoMayAsync(IReadOnlyCollection<string> holderIds, EcosystemElement element, CancellationToken cancellationToken)
    {
        var roleNames = await db.UserRoles.Where(role => holderIds.Contains(role.UserId))
            .Join(db.Roles, userRole => userRole.RoleId, role => role.Id, (userRole, role) => new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var allowed = new HashSet<string>();
        foreach (var holderId in holderIds)
        {
            var roles = roleNames.Where(row => row.UserId == holderId).Select(row => row.Name).ToList();
            var role = roles.Contains(nameof(LibraryRole.Librarian)) ? LibraryRole.Librarian
                : roles.Contains(nameof(LibraryRole.Teacher)) ? LibraryRole.Teacher
                : LibraryRole.Student;
            var holder = new Actor(holderId, holderId, role, new HashSet<(EcosystemElement, Designation)>());
            if ((await volumes.DecideAsync(BookingArea.For(element).CheckIn, holder, cancellationToken)).IsAllowed)
            {
                allowed.Add(holderId);
            }
        }

        return allowed;
    }

    public async Task<CheckInWindow> WindowAsync(Booking booking, BookingLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var selfCheckIn = await HoldersWhoMayAsync([booking.HolderId], limits.Element, cancellationToken);
        return CheckInWindow.For(booking, limits, selfCheckIn.Contains(booking.HolderId));
    }
}

/// <summary>The check-in page a zone's or studio's QR code opens: the signed-in person's booking there now, and what they can do with it.</summary>
public static class CheckInPage
{
    public sealed record Query(EcosystemElement Element, int ResourceId) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).CheckIn;
    }

    public enum State
    {
        NothingBooked,
        Open,
        TooEarly,
        TooLate,
        Offered,
        CheckedIn,
    }

    /// <summary><paramref name="MoveTo"/> lists the zones a checked-in person could move to now (zones only).</summary>
    public sealed record Model(BookingArea Area, int ResourceId, string Name, State State, int? BookingId, string? When, string Message, IReadOnlyList<ZoneMoves.Choice> MoveTo);

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, ZoneMoves moves, CurrentActor currentActor) : IQueryHandler<Query, Result<Model>>
    {
        private static readonly BookingStatus[] Shown = [BookingStatus.Confirmed, BookingStatus.CheckedIn, BookingStatus.Offered, BookingStatus.NoShow];

        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var area = BookingArea.For(query.Element);
            if (await engine.FindAsync(query.Element, query.ResourceId, cancellationToken) is not { } resource)
            {
                return new NotFound($"There is no such {area.ResourceNoun}.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            var now = engine.Now;
            var booking = await db.Bookings.AsNoTracking()
                .Where(row => row.ResourceId == resource.Id && row.HolderId == actor.UserId && row.End > now && Shown.Contains(row.Status))
                .OrderBy(row => row.Start)
                .FirstOrDefaultAsync(cancellationToken);
            if (booking is null)
            {
                return new Model(area, resource.Id, resource.Name, State.NothingBooked, null, null, $"You have no booking in {resource.Name} now or coming up.", []);
            }

            var when = engine.Span(booking.Start, booking.End);
            var window = CheckInWindow.For(booking, await engine.LimitsAsync(resource.Element, cancellationToken), releasedWhenMissed: true);
            var (state, message) = booking.Status switch
            {
                BookingStatus.CheckedIn => (State.CheckedIn, $"You are checked in to {resource.Name} until {engine.TimeOfDay(booking.End)}."),
                BookingStatus.Offered => (State.Offered, $"A seat here is offered to you: claim it on My bookings by {engine.TimeOfDay(booking.OfferExpiresAt ?? now)}, then check in."),
                BookingStatus.NoShow => (State.TooLate, $"It is too late to check in: check-in closed at {engine.TimeOfDay(window.Closes)} and the seat was released. Book another time."),
                _ when window.Refusal(now, engine) is { } refusal => (now < window.Opens ? State.TooEarly : State.TooLate, refusal),
                _ => (State.Open, $"Check in now: check-in closes at {engine.TimeOfDay(window.Closes)}."),
            };
            var moveTo = state == State.CheckedIn && area == BookingArea.LearningZones
                ? await moves.ChoicesAsync(resource.Id, booking.End, booking.Seats, cancellationToken)
                : [];
            return new Model(area, resource.Id, resource.Name, state, booking.Id, when, message, moveTo);
        }
    }
}

/// <summary>The holder checks in to their own booking while its check-in window is open.</summary>
public static class CheckIn
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest
    {
        [BindNever]
        public EcosystemElement Element { get; set; }

        [BindNever]
        public int ResourceId { get; set; }

        public int BookingId { get; set; }

        public GatedAction Action => BookingArea.For(Element).CheckIn;
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            await engine.LockAsync(command.ResourceId, cancellationToken);
            var booking = await db.Bookings.Include(row => row.Resource)
                .SingleOrDefaultAsync(row => row.Id == command.BookingId && row.HolderId == actor.UserId && row.ResourceId == command.ResourceId && row.Resource!.Element == command.Element, cancellationToken);
            if (booking is null)
            {
                return new NotFound("You have no such booking.");
            }

            if (booking.Status == BookingStatus.CheckedIn)
            {
                return new Conflict($"You are already checked in to {booking.Resource!.Name}.");
            }

            var now = engine.Now;
            if (booking.Status != BookingStatus.Confirmed || booking.End <= now)
            {
                return new Conflict($"This booking cannot be checked in: it is {MyBookings.StatusText(booking.Status).ToLowerInvariant()}.");
            }

            if (CheckInWindow.For(booking, await engine.LimitsAsync(command.Element, cancellationToken), releasedWhenMissed: true).Refusal(now, engine) is { } refusal)
            {
                return new Conflict(refusal);
            }

            booking.Status = BookingStatus.CheckedIn;
            booking.CheckedInAt = now;
            return $"You are checked in to {booking.Resource!.Name} until {engine.TimeOfDay(booking.End)}.";
        }
    }
}

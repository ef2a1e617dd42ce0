using LibraryPersonalization.Domain.Bookings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>
/// Where a checked-in student can move: another zone with a free seat from now (the start of the current slot) until
/// their booking ends, cut at that zone's closing time.
/// </summary>
public sealed class ZoneMoves(LibraryDbContext db, BookingEngine engine)
{
    public sealed record Choice(int ZoneId, string Name, string Until);

    /// <summary>The time a move into <paramref name="zone"/> would hold there, or null when it is closed now.</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? TimeIn(BookableResource zone, DateTimeOffset bookingEnd, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = engine.Calendar.DateOf(now);
        if (zone.Retired || zone.HoursOn(today.DayOfWeek) is not { } hours
            || zone.SlotStartsOn(today).Select(start => engine.Calendar.ToInstant(today, start)).LastOrDefault(start => start <= now) is not { } from
            || engine.Calendar.ToInstant(today, hours.Closes) is not { } closes)
        {
            return null;
        }

        var until = bookingEnd < closes ? bookingEnd : closes;
        return now < until ? (from, until) : null;
    }

    public async Task<IReadOnlyList<Choice>> ChoicesAsync(int fromZoneId, DateTimeOffset bookingEnd, int seats, CancellationToken cancellationToken)
    {
        var now = engine.Now;
        var zones = await db.BookableResources.AsNoTracking()
            .Include(zone => zone.Hours)
            .Include(zone => zone.ClosedDates)
            .Where(zone => zone.Element == EcosystemElement.PhysicalSpace && !zone.Retired && zone.Id != fromZoneId)
            .OrderBy(zone => zone.Name)
            .ToListAsync(cancellationToken);
        var choices = new List<Choice>();
        foreach (var zone in zones)
        {
            if (TimeIn(zone, bookingEnd, now) is { } time
                && await engine.SeatRefusalAsync(zone, new BookingAttempt(time.Start, time.End, seats, ByStaff: false), replacing: null, cancellationToken) is null)
            {
                choices.Add(new Choice(zone.Id, zone.Name, engine.TimeOfDay(time.End)));
            }
        }

        return choices;
    }
}

/// <summary>A checked-in student moves to another zone: the current booking ends now and a checked-in one starts there.</summary>
public static class MoveToZone
{
    public sealed class Command : ICommand<Result<Moved>>, IGatedRequest
    {
        [BindNever]
        public int FromZoneId { get; set; }

        public int ToZoneId { get; set; }

        public GatedAction Action => GatedAction.SelfCheckInToZone;
    }

    public sealed record Moved(int ZoneId, string Message);

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, ZoneMoves moves, WaitlistOffers offers, CurrentActor currentActor) : ICommandHandler<Command, Result<Moved>>
    {
        public async ValueTask<Result<Moved>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var now = engine.Now;
            if (await engine.FindAsync(EcosystemElement.PhysicalSpace, command.ToZoneId, cancellationToken) is not { Retired: false } target)
            {
                return new NotFound("There is no such zone.");
            }

            if (target.Id == command.FromZoneId)
            {
                return new Invalid(nameof(Command.ToZoneId), $"You are already in {target.Name}.");
            }

            foreach (var zoneId in new[] { command.FromZoneId, target.Id }.Order())
            {
                await engine.LockAsync(zoneId, cancellationToken);
            }

            var current = await db.Bookings.Include(booking => booking.Resource)
                .Where(booking => booking.HolderId == actor.UserId && booking.ResourceId == command.FromZoneId && booking.Resource!.Element == EcosystemElement.PhysicalSpace
                    && booking.Status == BookingStatus.CheckedIn && booking.End > now)
                .OrderBy(booking => booking.Start)
                .FirstOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return new NotFound("You are not checked in to that zone.");
            }

            if (moves.TimeIn(target, current.End, now) is not { } time)
            {
                return new Conflict($"{target.Name} is closed now: choose another zone.");
            }

            if (await engine.SeatRefusalAsync(target, new BookingAttempt(time.Start, time.End, current.Seats, ByStaff: false), replacing: null, cancellationToken) is not null)
            {
                return new Conflict($"{target.Name} has no free seat until {engine.TimeOfDay(time.End)}: choose another zone.");
            }

            var from = current.Resource!.Name;
            if (current.Start >= now)
            {
                current.Status = BookingStatus.Cancelled;
            }
            else
            {
                current.End = now;
            }

            current.StatusReason = $"Moved to {target.Name} at {engine.TimeOfDay(now)}";
            db.Bookings.Add(new Booking
            {
                ResourceId = target.Id,
                HolderId = current.HolderId,
                HolderName = current.HolderName,
                BookedById = actor.UserId,
                Start = time.Start,
                End = time.End,
                Seats = current.Seats,
                ClassName = current.ClassName,
                HeadCount = current.HeadCount,
                Status = BookingStatus.CheckedIn,
                CheckedInAt = now,
                CreatedAt = now,
            });
            await offers.OfferFreedSeatsAsync(current.Resource, now, cancellationToken);
            return new Moved(target.Id, $"You moved from {from} to {target.Name} and are checked in there until {engine.TimeOfDay(time.End)}.");
        }
    }
}

using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>Each resource of an area today, for staff: seats taken now and every booking of the day, who came and who did not.</summary>
public static class TodayOccupancy
{
    public sealed record Query(EcosystemElement Element) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).Approve;
    }

    public sealed record Model(BookingArea Area, string Day, IReadOnlyList<ResourceToday> Resources, bool MayAssign);

    public sealed record ResourceToday(int Id, string Name, int Seats, int TakenNow, string Hours, IReadOnlyList<Visit> Bookings);

    public sealed record Visit(int Id, string Holder, string? ClassName, string When, string Status, string? CheckedInAt, bool CanCheckIn, int RecentNoShows);

    private static readonly BookingStatus[] Shown = [.. Booking.Upcoming, BookingStatus.NoShow];

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, SchoolTime schoolTime, CurrentActor currentActor, EcosystemVolumes volumes, SelfCheckIn selfCheckIn) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var area = BookingArea.For(query.Element);
            var now = engine.Now;
            var today = engine.Calendar.DateOf(now);
            var (from, to) = (DayStart(today), DayStart(today.AddDays(1)));
            var resources = await AreaOverview.OfferedAsync(db, query.Element, today, cancellationToken);
            var bookings = await db.Bookings.AsNoTracking()
                .Where(booking => booking.Resource!.Element == query.Element && Shown.Contains(booking.Status) && booking.Start < to && from < booking.End)
                .OrderBy(booking => booking.Start).ThenBy(booking => booking.HolderName)
                .ToListAsync(cancellationToken);
            var holders = bookings.Select(booking => booking.HolderId).Distinct().ToList();
            var noShows = await NoShows.RecentAsync(db, holders, now, cancellationToken);
            var limits = await engine.LimitsAsync(query.Element, cancellationToken);
            var released = await selfCheckIn.HoldersWhoMayAsync(holders, query.Element, cancellationToken);
            var actor = await currentActor.GetAsync(cancellationToken);
            var mayAssign = query.Element == EcosystemElement.PhysicalSpace && (await volumes.DecideAsync(GatedAction.AssignStudentsToZones, actor, cancellationToken)).IsAllowed;
            return new Model(
                area,
                schoolTime.Format(now, "dddd, MMMM d"),
                resources.Select(resource =>
                {
                    var held = bookings.Where(booking => booking.ResourceId == resource.Id).ToList();
                    return new ResourceToday(
                        resource.Id,
                        resource.Name,
                        resource.Seats,
                        held.Where(booking => booking.HoldsSeats && booking.Start <= now && now < booking.End).Sum(booking => booking.Seats),
                        OpeningText.For(resource, today),
                        held.Select(booking => new Visit(
                            booking.Id,
                            booking.HolderName,
                            booking.ClassName,
                            $"{Clock(booking.Start)} to {Clock(booking.End)}",
                            MyBookings.StatusText(booking.Status),
                            booking.CheckedInAt is { } at ? Clock(at) : null,
                            CheckInOnBehalf.Refusal(booking, CheckInWindow.For(booking, limits, released.Contains(booking.HolderId)), now, Clock) is null,
                            noShows.GetValueOrDefault(booking.HolderId))).ToList());
                }).ToList(),
                mayAssign);
        }

        private DateTimeOffset DayStart(DateOnly date) =>
            engine.Calendar.ToInstant(date, TimeOnly.MinValue) ?? engine.Calendar.ToInstant(date, new TimeOnly(1, 0))!.Value;

        private string Clock(DateTimeOffset instant) => schoolTime.Format(instant, "h:mm tt");
    }
}

/// <summary>Staff check someone in who came without checking in themselves, within the booking's check-in window.</summary>
public static class CheckInOnBehalf
{
    public sealed class Command : BookingDecision, ICommand<Result<string>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).Approve;
    }

    /// <summary>Why this booking cannot be checked in now, or null.</summary>
    public static string? Refusal(Booking booking, CheckInWindow window, DateTimeOffset now, Func<DateTimeOffset, string> clock)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(clock);
        return booking.Status switch
        {
            BookingStatus.CheckedIn => $"{booking.HolderName} is already checked in.",
            not BookingStatus.Confirmed => $"This booking is {MyBookings.StatusText(booking.Status).ToLowerInvariant()}, so there is nothing to check in.",
            _ when now < window.Opens => $"Check-in opens {CheckInWindow.EarlyMinutes} minutes before the start, at {clock(window.Opens)}.",
            _ when now >= booking.End => "This booking is already over.",
            _ when now >= window.Closes => $"Check-in closed at {clock(window.Closes)}: the seat is released as a no-show.",
            _ => null,
        };
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, SchoolTime schoolTime, SelfCheckIn selfCheckIn) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var locked = await Decisions.LockedAsync(db, engine, command, cancellationToken);
            if (locked.Value is not { Resource: { } resource } booking)
            {
                return locked.Failure!;
            }

            var now = engine.Now;
            var window = await selfCheckIn.WindowAsync(booking, await engine.LimitsAsync(resource.Element, cancellationToken), cancellationToken);
            if (Refusal(booking, window, now, instant => schoolTime.Format(instant, "h:mm tt")) is { } refusal)
            {
                return new Conflict(refusal);
            }

            booking.Status = BookingStatus.CheckedIn;
            booking.CheckedInAt = now;
            return $"{booking.HolderName} is checked in to {resource.Name}.";
        }
    }
}

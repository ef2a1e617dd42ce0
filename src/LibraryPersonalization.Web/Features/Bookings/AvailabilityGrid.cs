using System.Globalization;
using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>
/// One resource's slots for a day or a school week, each free, partly full or full. The bookings of the whole range
/// are read in one query and counted per slot in memory, buffer included, exactly as the seat rule counts them.
/// </summary>
public static class AvailabilityGrid
{
    /// <summary>How far from today the grid goes: any school year fits, and a date near the calendar's ends (whose neighbours do not exist) is not asked for.</summary>
    private const int DaysShown = 10 * 366;

    public sealed record Query(EcosystemElement Element, int ResourceId, DateOnly? Date, DateOnly? Week) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).View;
    }

    public sealed record Model(
        BookingArea Area, int ResourceId, string Name, int Seats, bool IsWeek, DateOnly First, DateOnly Previous, DateOnly Next,
        IReadOnlyList<Day> Days, IReadOnlyList<TimeOnly> Times, bool MayBookOrAsk)
    {
        public string Heading => IsWeek
            ? $"Week of {First.ToString("MMMM d, yyyy", SchoolCulture.Formats)}"
            : First.ToString("dddd, MMMM d, yyyy", SchoolCulture.Formats);

        public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>A day's column: its slots by start time, or why it is closed.</summary>
    public sealed record Day(DateOnly Date, string? Closed, IReadOnlyDictionary<TimeOnly, Slot> Slots)
    {
        public string Label => Date.ToString("dddd, MMM d", SchoolCulture.Formats);
    }

    public enum Fullness
    {
        Free,
        PartlyFull,
        Full,
    }

    public sealed record Slot(TimeOnly Start, int Free, int Seats, bool Past)
    {
        public Fullness Fullness => Free <= 0 ? Fullness.Full : Free < Seats ? Fullness.PartlyFull : Fullness.Free;

        public string State => Fullness switch
        {
            Fullness.Free => "Free",
            Fullness.PartlyFull => "Partly full",
            _ => "Full",
        };

        public string SeatsText => $"{Math.Max(Free, 0)} of {Seats} {(Seats == 1 ? "seat" : "seats")} free";
    }

    public sealed class Handler(LibraryDbContext db, BookingEngine engine, CurrentActor currentActor, EcosystemVolumes volumes) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var area = BookingArea.For(query.Element);
            var resource = await db.BookableResources.AsNoTracking()
                .Include(found => found.Hours)
                .Include(found => found.ClosedDates)
                .SingleOrDefaultAsync(found => found.Id == query.ResourceId && found.Element == query.Element && !found.Retired, cancellationToken);
            if (resource is null)
            {
                return new NotFound($"There is no such {area.ResourceNoun}.");
            }

            var now = engine.Now;
            var calendar = engine.Calendar;
            var today = calendar.DateOf(now);
            if (Math.Abs((query.Date ?? query.Week ?? today).DayNumber - today.DayNumber) > DaysShown)
            {
                return new NotFound("The timetable shows dates up to ten years from today.");
            }

            var isWeek = query.Date is null;
            var first = isWeek ? SchoolCalendar.WeekStart(query.Week ?? today) : query.Date!.Value;
            var dates = isWeek
                ? Enumerable.Range(0, 7).Select(first.AddDays).Where(date => resource.HoursOn(date.DayOfWeek) is not null).ToList()
                : [first];
            var held = await HeldAsync(resource, first, first.AddDays(isWeek ? 7 : 1), cancellationToken);
            var days = dates.Select(date => DayOf(resource, date, held, calendar, now)).ToList();
            var permissions = await AreaPermissions.ForAsync(volumes, area, await currentActor.GetAsync(cancellationToken), cancellationToken);
            var step = isWeek ? 7 : 1;
            return new Model(
                area, resource.Id, resource.Name, resource.Seats, isWeek, first, first.AddDays(-step), first.AddDays(step),
                days, days.SelectMany(day => day.Slots.Keys).Distinct().Order().ToList(), permissions.MayBook || permissions.MayRequest);
        }

        /// <summary>Each slot is counted against the bookings that reach into its day only: a busy week holds hundreds.</summary>
        private static Day DayOf(BookableResource resource, DateOnly date, List<HeldTime> held, SchoolCalendar calendar, DateTimeOffset now)
        {
            var buffer = TimeSpan.FromMinutes(resource.BufferMinutes);
            var slots = resource.SlotStartsOn(date)
                .Select(start => (Start: start, From: calendar.ToInstant(date, start), To: calendar.ToInstant(date, start.AddMinutes(resource.SlotMinutes))))
                .Where(slot => slot.From is not null && slot.To is not null)
                .Select(slot => (slot.Start, From: slot.From!.Value, To: slot.To!.Value))
                .ToList();
            var dayHeld = slots.Count == 0 ? [] : HeldBetween(held, slots.Min(slot => slot.From) - buffer, slots.Max(slot => slot.To) + buffer);
            return new Day(
                date,
                resource.ClosureOn(date) is { } closure ? $"Closed: {closure.Reason}" : resource.HoursOn(date.DayOfWeek) is null ? $"Closed on {date.DayOfWeek}s" : null,
                slots.ToDictionary(
                    slot => slot.Start,
                    slot => new Slot(slot.Start, resource.Seats - BookingRules.PeakSeatsTaken(dayHeld, slot.From, slot.To, buffer), resource.Seats, slot.From < now)));
        }

        private static List<HeldTime> HeldBetween(List<HeldTime> held, DateTimeOffset from, DateTimeOffset to) =>
            held.Where(time => time.Start < to && from < time.End).ToList();

        /// <summary>Every booking holding seats from a day before the range to a day after it, so any zone offset and buffer is covered.</summary>
        private async Task<List<HeldTime>> HeldAsync(BookableResource resource, DateOnly first, DateOnly end, CancellationToken cancellationToken)
        {
            var buffer = TimeSpan.FromMinutes(resource.BufferMinutes);
            var from = new DateTimeOffset(first.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - buffer;
            var to = new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + buffer;
            return await db.Bookings.AsNoTracking()
                .Where(booking => booking.ResourceId == resource.Id && Booking.HoldingSeats.Contains(booking.Status) && booking.Start < to && from < booking.End)
                .Select(booking => new HeldTime(booking.Start, booking.End, booking.Seats))
                .ToListAsync(cancellationToken);
        }
    }
}

/// <summary>Whether the actor books an area's resources directly, asks for them, or neither, at the current volume.</summary>
public static class AreaPermissions
{
    public static async Task<(bool MayBook, bool MayRequest)> ForAsync(EcosystemVolumes volumes, BookingArea area, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(volumes);
        ArgumentNullException.ThrowIfNull(area);
        var mayBook = (await volumes.DecideAsync(area.Book, actor, cancellationToken)).IsAllowed;
        return (mayBook, !mayBook && (await volumes.DecideAsync(area.Request, actor, cancellationToken)).IsAllowed);
    }
}

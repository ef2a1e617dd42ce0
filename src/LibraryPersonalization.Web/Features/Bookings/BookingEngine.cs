using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>
/// The checks every booking write shares: the resource's row lock, opening hours and window, the holder's own
/// overlaps and limits, and seats at every instant. Handlers call it inside the command's transaction.
/// </summary>
public sealed class BookingEngine(LibraryDbContext db, TimeProvider clock, SchoolTime schoolTime, SchoolCalendar calendar)
{
    public SchoolCalendar Calendar => calendar;

    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<BookableResource?> FindAsync(EcosystemElement element, int resourceId, CancellationToken cancellationToken) =>
        db.BookableResources
            .Include(resource => resource.Hours)
            .Include(resource => resource.ClosedDates)
            .SingleOrDefaultAsync(resource => resource.Id == resourceId && resource.Element == element, cancellationToken);

    /// <summary>
    /// Takes the resource's row lock until the transaction ends, so two writers never count its seats at the same time
    /// (an UPDATE locks the row on PostgreSQL and SQL Server; SQLite runs one writer at a time anyway).
    /// </summary>
    public Task LockAsync(int resourceId, CancellationToken cancellationToken) =>
        db.BookableResources
            .Where(resource => resource.Id == resourceId)
            .ExecuteUpdateAsync(update => update.SetProperty(resource => resource.LockVersion, resource => resource.LockVersion + 1), cancellationToken);

    /// <summary>What librarians set for the element, or the defaults while they have set nothing.</summary>
    public async Task<BookingLimits> LimitsAsync(EcosystemElement element, CancellationToken cancellationToken) =>
        await db.BookingLimits.AsNoTracking().SingleOrDefaultAsync(row => row.Element == element, cancellationToken) ?? new BookingLimits { Element = element };

    /// <summary>Locks the resource, then reads it: a retirement or closure saved a moment ago is seen, not raced.</summary>
    public async Task<BookableResource?> LockAndFindAsync(EcosystemElement element, int resourceId, CancellationToken cancellationToken)
    {
        await LockAsync(resourceId, cancellationToken);
        return await FindAsync(element, resourceId, cancellationToken);
    }

    /// <summary>The UTC times a school-time form names, or why they cannot be booked.</summary>
    public Result<(DateTimeOffset Start, DateTimeOffset End)> Times(DateOnly date, TimeOnly start, int minutes)
    {
        var localEnd = date.ToDateTime(start).AddMinutes(minutes);
        return Calendar.ToInstant(date, start) is { } from && Calendar.ToInstant(DateOnly.FromDateTime(localEnd), TimeOnly.FromDateTime(localEnd)) is { } to
            ? (from, to)
            : new Invalid(nameof(SlotCommand.Start), "The clocks skip that time when daylight saving starts: choose another time.");
    }

    /// <summary>Why <paramref name="holder"/> cannot have this time, or null. <paramref name="replacing"/> is the booking being moved, not counted against itself.</summary>
    public async Task<Failure?> RefusalAsync(BookableResource resource, BookingAttempt attempt, Holder holder, int? replacing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(holder);
        var now = Now;
        if (BookingRules.TimeRefusal(resource, attempt, now, Calendar) is { } timeRefusal)
        {
            return new Invalid(nameof(SlotCommand.Start), timeRefusal);
        }

        if (holder.IsStudent)
        {
            var overlapping = await db.Bookings.AsNoTracking()
                .Where(booking => booking.HolderId == holder.UserId && booking.Id != replacing && Booking.Upcoming.Contains(booking.Status)
                    && booking.Start < attempt.End && attempt.Start < booking.End)
                .Select(booking => new { booking.Resource!.Name, booking.Start, booking.End })
                .FirstOrDefaultAsync(cancellationToken);
            if (overlapping is not null)
            {
                return new Invalid(nameof(SlotCommand.Start), $"{holder.Name} already {(holder.IsActor ? "have" : "has")} a booking then: {overlapping.Name}, {Span(overlapping.Start, overlapping.End)}.");
            }

            var limits = await LimitsAsync(resource.Element, cancellationToken);
            var ownUpcoming = await db.Bookings.AsNoTracking()
                .Where(booking => booking.HolderId == holder.UserId && booking.Id != replacing && booking.End > now
                    && booking.Resource!.Element == resource.Element && Booking.Upcoming.Contains(booking.Status))
                .Select(booking => new HeldTime(booking.Start, booking.End, booking.Seats))
                .ToListAsync(cancellationToken);
            if (BookingRules.LimitRefusal(limits, ownUpcoming, attempt, Calendar) is { } limitRefusal)
            {
                return new Invalid(nameof(SlotCommand.Start), limitRefusal);
            }
        }

        return await SeatRefusalAsync(resource, attempt, replacing, cancellationToken);
    }

    public async Task<Failure?> SeatRefusalAsync(BookableResource resource, BookingAttempt attempt, int? replacing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(attempt);
        var buffer = TimeSpan.FromMinutes(resource.BufferMinutes);
        var (from, to) = (attempt.Start - buffer, attempt.End + buffer);
        var held = await db.Bookings.AsNoTracking()
            .Where(booking => booking.ResourceId == resource.Id && booking.Id != replacing && Booking.HoldingSeats.Contains(booking.Status)
                && booking.Start < to && from < booking.End)
            .Select(booking => new HeldTime(booking.Start, booking.End, booking.Seats))
            .ToListAsync(cancellationToken);
        return BookingRules.SeatRefusal(resource, held, attempt) is { } refusal ? new Conflict(refusal) : null;
    }

    /// <summary>"9:15 AM" in school time.</summary>
    public string TimeOfDay(DateTimeOffset instant) => schoolTime.Format(instant, "h:mm tt");

    /// <summary>"Tue, Dec 1, 9:00 AM to 10:00 AM" in school time.</summary>
    public string Span(DateTimeOffset start, DateTimeOffset end) =>
        $"{schoolTime.Format(start, "ddd, MMM d, h:mm tt")} to {TimeOfDay(end)}";
}

/// <summary>Whose booking it is: the rules for students (overlaps, limits) do not bind staff.</summary>
public sealed record Holder(string UserId, string Name, bool IsStudent, bool IsActor)
{
    public static Holder Self(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(actor.UserId, "You", actor.Role == LibraryRole.Student, IsActor: true);
    }
}

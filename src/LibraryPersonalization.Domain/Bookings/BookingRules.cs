namespace LibraryPersonalization.Domain.Bookings;

/// <summary>A time someone wants to book, already converted to UTC.</summary>
public sealed record BookingAttempt(DateTimeOffset Start, DateTimeOffset End, int Seats, bool ByStaff);

/// <summary>A booking that already holds (or asks for) seats, as the rules need to see it.</summary>
public sealed record HeldTime(DateTimeOffset Start, DateTimeOffset End, int Seats);

/// <summary>
/// The booking rules every command checks on the server: opening hours, closures, the past, lead time, the booking window,
/// seats at every instant, and a student's own limits. Each returns why not in words a person can act on, or null.
/// </summary>
public static class BookingRules
{
    public static string? TimeRefusal(BookableResource resource, BookingAttempt attempt, DateTimeOffset now, SchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(calendar);
        var minutes = (attempt.End - attempt.Start).TotalMinutes;
        if (resource.Retired)
        {
            return $"{resource.Name} is no longer offered.";
        }

        if (minutes <= 0)
        {
            return "The end must be after the start.";
        }

        if (minutes % resource.SlotMinutes != 0)
        {
            return $"{resource.Name} is booked in steps of {resource.SlotMinutes} minutes.";
        }

        if (minutes > resource.LongestBookingMinutes && !attempt.ByStaff)
        {
            return $"{resource.Name} can be booked for at most {Duration(resource.LongestBookingMinutes)} at a time.";
        }

        if (attempt.Start < now)
        {
            return "That time has already passed: choose a later one.";
        }

        if (!attempt.ByStaff && attempt.Start < now.AddMinutes(resource.LeadTimeMinutes))
        {
            return $"{resource.Name} must be booked at least {Duration(resource.LeadTimeMinutes)} ahead.";
        }

        var lastDay = calendar.DateOf(now).AddDays(resource.BookingWindowDays);
        var date = calendar.DateOf(attempt.Start);
        if (!attempt.ByStaff && date > lastDay)
        {
            return $"{resource.Name} can be booked up to {resource.BookingWindowDays} days ahead, so until {lastDay.ToString("dddd, MMMM d", SchoolCulture.Formats)}.";
        }

        return OpeningRefusal(resource, date, calendar.TimeOf(attempt.Start), calendar.DateOf(attempt.End), calendar.TimeOf(attempt.End));
    }

    /// <summary>The most seats held at any one instant of [start, end), counting each booking's buffer on both sides.</summary>
    public static int PeakSeatsTaken(IEnumerable<HeldTime> held, DateTimeOffset start, DateTimeOffset end, TimeSpan buffer)
    {
        var changes = held
            .Select(time => (From: Later(time.Start - buffer, start), To: Earlier(time.End + buffer, end), time.Seats))
            .Where(time => time.From < time.To)
            .SelectMany(time => new[] { (At: time.From, Delta: time.Seats), (At: time.To, Delta: -time.Seats) })
            .OrderBy(change => change.At)
            .ThenBy(change => change.Delta);
        var taken = 0;
        var peak = 0;
        foreach (var change in changes)
        {
            taken += change.Delta;
            peak = Math.Max(peak, taken);
        }

        return peak;
    }

    public static string? SeatRefusal(BookableResource resource, IEnumerable<HeldTime> held, BookingAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(attempt);
        var free = resource.Seats - PeakSeatsTaken(held, attempt.Start, attempt.End, TimeSpan.FromMinutes(resource.BufferMinutes));
        return attempt.Seats <= free
            ? null
            : free <= 0
                ? $"{resource.Name} is no longer available at that time: every seat is taken. Choose another time or join the waitlist."
                : $"{resource.Name} has only {free} free {(free == 1 ? "seat" : "seats")} at that time.";
    }

    /// <summary>A student's own limits in one element, checked against their other upcoming bookings there.</summary>
    public static string? LimitRefusal(BookingLimits limits, IReadOnlyCollection<HeldTime> ownUpcoming, BookingAttempt attempt, SchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(ownUpcoming);
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(calendar);
        if (ownUpcoming.Count >= limits.MaxOpenBookings)
        {
            return $"You already have {ownUpcoming.Count} upcoming bookings, the most the library allows at once.";
        }

        var day = calendar.DateOf(attempt.Start);
        var week = SchoolCalendar.WeekStart(day);
        var hours = (attempt.End - attempt.Start).TotalHours;
        var sameDay = ownUpcoming.Where(time => calendar.DateOf(time.Start) == day).Sum(time => (time.End - time.Start).TotalHours);
        if (sameDay + hours > limits.MaxHoursPerDay)
        {
            return $"That would make {Hours(sameDay + hours)} on {day.ToString("MMMM d", SchoolCulture.Formats)}; the library allows {Hours(limits.MaxHoursPerDay)} a day.";
        }

        var sameWeek = ownUpcoming.Where(time => SchoolCalendar.WeekStart(calendar.DateOf(time.Start)) == week).Sum(time => (time.End - time.Start).TotalHours);
        return sameWeek + hours > limits.MaxHoursPerWeek
            ? $"That would make {Hours(sameWeek + hours)} in the week of {week.ToString("MMMM d", SchoolCulture.Formats)}; the library allows {Hours(limits.MaxHoursPerWeek)} a week."
            : null;
    }

    private static string? OpeningRefusal(BookableResource resource, DateOnly date, TimeOnly from, DateOnly endDate, TimeOnly to)
    {
        var day = date.ToString("dddd, MMMM d", SchoolCulture.Formats);
        if (resource.ClosureOn(date) is { } closure)
        {
            return $"{resource.Name} is closed on {day}: {closure.Reason}.";
        }

        if (resource.HoursOn(date.DayOfWeek) is not { } hours)
        {
            return $"{resource.Name} is closed on {date.DayOfWeek}s.";
        }

        if (endDate != date || from < hours.Opens || to > hours.Closes)
        {
            return $"{resource.Name} is open {SchoolCulture.Clock(hours.Opens)} to {SchoolCulture.Clock(hours.Closes)} on {date.DayOfWeek}s.";
        }

        return (from - hours.Opens).TotalMinutes % resource.SlotMinutes == 0
            ? null
            : $"{resource.Name} is booked in steps of {resource.SlotMinutes} minutes from {SchoolCulture.Clock(hours.Opens)}.";
    }

    private static DateTimeOffset Later(DateTimeOffset one, DateTimeOffset other) => one > other ? one : other;

    private static DateTimeOffset Earlier(DateTimeOffset one, DateTimeOffset other) => one < other ? one : other;

    private static string Duration(int minutes) =>
        minutes % 60 == 0 ? Hours(minutes / 60.0) : $"{minutes} minutes";

    private static string Hours(double hours) => hours == 1 ? "1 hour" : $"{hours.ToString("0.#", SchoolCulture.Formats)} hours";
}

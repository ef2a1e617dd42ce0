using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Domain.Tests.Bookings;

/// <summary>A school in New York (daylight saving included) and the resources the rule tests book.</summary>
internal static class School
{
    public static SchoolCalendar Calendar { get; } = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

    /// <summary>Monday, November 30, 2026 at 8:00 AM school time.</summary>
    public static DateTimeOffset Now { get; } = At(new DateOnly(2026, 11, 30), 8, 0);

    public static DateOnly Monday { get; } = new(2026, 11, 30);

    public static DateTimeOffset At(DateOnly date, int hour, int minute) => Calendar.ToInstant(date, new TimeOnly(hour, minute))!.Value;

    public static BookingAttempt Attempt(DateOnly date, int hour, int minute, int minutes, bool byStaff = false, int seats = 1)
    {
        var start = At(date, hour, minute);
        return new BookingAttempt(start, start.AddMinutes(minutes), seats, byStaff);
    }

    public static HeldTime Held(DateOnly date, int hour, int minute, int minutes, int seats = 1)
    {
        var start = At(date, hour, minute);
        return new HeldTime(start, start.AddMinutes(minutes), seats);
    }

    /// <summary>Quiet study: 4 seats, open 8 AM to 4 PM on weekdays, 30-minute slots, 2 hours at most, 14 days ahead, 1 hour's lead time.</summary>
    public static BookableResource QuietStudy(int bufferMinutes = 0)
    {
        var resource = new BookableResource
        {
            Name = "Quiet study",
            Purpose = "Silent individual work.",
            Seats = 4,
            SlotMinutes = 30,
            LongestBookingMinutes = 120,
            BookingWindowDays = 14,
            LeadTimeMinutes = 60,
            BufferMinutes = bufferMinutes,
        };
        resource.Hours.AddRange(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new OpeningHours { Day = day, Opens = new TimeOnly(8, 0), Closes = new TimeOnly(16, 0) }));
        resource.ClosedDates.Add(new ClosedDate { Date = new DateOnly(2026, 12, 4), Reason = "Exam day" });
        return resource;
    }

    /// <summary>A studio open every day from midnight to a minute before the next midnight, with nothing else in the way.</summary>
    public static BookableResource AroundTheClock()
    {
        var resource = new BookableResource { Name = "Editing station", Purpose = "Video editing.", Seats = 1, SlotMinutes = 30, LongestBookingMinutes = 240, BookingWindowDays = 400 };
        resource.Hours.AddRange(Enum.GetValues<DayOfWeek>().Select(day => new OpeningHours { Day = day, Opens = TimeOnly.MinValue, Closes = new TimeOnly(23, 59) }));
        return resource;
    }
}

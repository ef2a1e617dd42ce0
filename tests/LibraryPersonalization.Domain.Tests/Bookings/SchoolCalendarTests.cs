using LibraryPersonalization.Domain.Bookings;
using static LibraryPersonalization.Domain.Tests.Bookings.School;

namespace LibraryPersonalization.Domain.Tests.Bookings;

public class SchoolCalendarTests
{
    private static DateOnly Day(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-03-07", 14)]
    [InlineData("2026-03-08", 13)]
    [InlineData("2026-03-09", 13)]
    [InlineData("2026-10-31", 13)]
    [InlineData("2026-11-01", 14)]
    [InlineData("2026-11-02", 14)]
    public void Nine_in_the_morning_is_the_right_UTC_instant_around_daylight_saving_changes(string date, int utcHour)
    {
        var day = Day(date);

        Assert.Equal(new DateTimeOffset(day.ToDateTime(new TimeOnly(utcHour, 0)), TimeSpan.Zero), Calendar.ToInstant(day, new TimeOnly(9, 0)));
    }

    [Fact]
    public void A_time_the_clocks_skip_in_spring_has_no_instant() =>
        Assert.Null(Calendar.ToInstant(new DateOnly(2026, 3, 8), new TimeOnly(2, 30)));

    [Theory]
    [InlineData("2026-03-08", "01:30")]
    [InlineData("2026-03-08", "03:00")]
    [InlineData("2026-03-08", "09:00")]
    [InlineData("2026-11-01", "01:30")]
    [InlineData("2026-11-01", "09:00")]
    [InlineData("2026-11-30", "23:30")]
    [InlineData("2026-12-31", "00:00")]
    public void School_date_and_time_survive_the_round_trip_through_UTC(string date, string time)
    {
        var day = Day(date);
        var clock = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture);

        var instant = Calendar.ToInstant(day, clock)!.Value;

        Assert.Equal(TimeSpan.Zero, instant.Offset);
        Assert.Equal(day, Calendar.DateOf(instant));
        Assert.Equal(clock, Calendar.TimeOf(instant));
    }

    [Fact]
    public void A_booking_on_the_spring_forward_Sunday_keeps_its_school_hours()
    {
        var sunday = new DateOnly(2026, 3, 8);
        var resource = AroundTheClock();
        var start = Calendar.ToInstant(sunday, new TimeOnly(9, 0))!.Value;

        Assert.Null(BookingRules.TimeRefusal(resource, new BookingAttempt(start, start.AddHours(2), 1, ByStaff: false), start.AddDays(-1), Calendar));
        Assert.Equal(new TimeOnly(11, 0), Calendar.TimeOf(start.AddHours(2)));
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-30")]
    [InlineData("2026-12-03", "2026-11-30")]
    [InlineData("2026-12-06", "2026-11-30")]
    [InlineData("2026-12-07", "2026-12-07")]
    public void A_week_starts_on_Monday(string date, string monday) =>
        Assert.Equal(Day(monday), SchoolCalendar.WeekStart(Day(date)));
}

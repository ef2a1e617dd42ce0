using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Domain.Ecosystem;
using static LibraryPersonalization.Domain.Tests.Bookings.School;

namespace LibraryPersonalization.Domain.Tests.Bookings;

public class LimitRulesTests
{
    private static readonly DateOnly Tuesday = Monday.AddDays(1);

    private static BookingLimits Limits(int openBookings = 10) =>
        new() { Element = EcosystemElement.PhysicalSpace, MaxHoursPerDay = 2, MaxHoursPerWeek = 6, MaxOpenBookings = openBookings };

    private static string? Refusal(BookingLimits limits, BookingAttempt attempt, params HeldTime[] own) =>
        BookingRules.LimitRefusal(limits, own, attempt, Calendar);

    [Fact]
    public void A_student_at_the_most_open_bookings_cannot_add_another()
    {
        HeldTime[] own = [Held(Monday.AddDays(2), 9, 0, 30), Held(Monday.AddDays(3), 9, 0, 30), Held(Monday.AddDays(8), 9, 0, 30)];

        Assert.Equal("You already have 3 upcoming bookings, the most the library allows at once.", Refusal(Limits(openBookings: 3), Attempt(Tuesday, 9, 0, 30), own));
        Assert.Null(Refusal(Limits(openBookings: 4), Attempt(Tuesday, 9, 0, 30), own));
    }

    [Fact]
    public void Hours_on_one_school_day_add_up_to_the_daily_limit_and_no_further()
    {
        var morning = Held(Tuesday, 9, 0, 90);

        Assert.Null(Refusal(Limits(), Attempt(Tuesday, 13, 0, 30), morning));
        Assert.Equal("That would make 2.5 hours on December 1; the library allows 2 hours a day.", Refusal(Limits(), Attempt(Tuesday, 13, 0, 60), morning));
    }

    [Fact]
    public void Hours_on_other_days_do_not_count_towards_the_daily_limit() =>
        Assert.Null(Refusal(Limits(), Attempt(Tuesday, 9, 0, 120), Held(Monday, 9, 0, 120), Held(Monday.AddDays(2), 9, 0, 120)));

    [Fact]
    public void A_late_evening_booking_belongs_to_its_school_day_though_it_is_the_next_day_in_UTC()
    {
        var mondayEvening = Held(Monday, 21, 0, 120);

        Assert.Null(Refusal(Limits(), Attempt(Tuesday, 9, 0, 120), mondayEvening));
        Assert.Equal("That would make 2.5 hours on November 30; the library allows 2 hours a day.", Refusal(Limits(), Attempt(Monday, 9, 0, 30), mondayEvening));
    }

    [Fact]
    public void Hours_in_one_week_add_up_to_the_weekly_limit()
    {
        HeldTime[] week = [Held(Monday, 9, 0, 120), Held(Tuesday, 9, 0, 120), Held(Monday.AddDays(2), 9, 0, 90)];

        Assert.Null(Refusal(Limits(), Attempt(Monday.AddDays(3), 9, 0, 30), week));
        Assert.Equal("That would make 6.5 hours in the week of November 30; the library allows 6 hours a week.", Refusal(Limits(), Attempt(Monday.AddDays(3), 9, 0, 60), week));
    }

    [Fact]
    public void A_new_week_starts_on_Monday_in_school_time()
    {
        var sunday = Monday.AddDays(6);
        HeldTime[] lastWeek = [Held(Monday.AddDays(4), 9, 0, 120), Held(Monday.AddDays(5), 9, 0, 120), Held(sunday, 21, 0, 120)];

        Assert.Null(Refusal(Limits(), Attempt(Monday.AddDays(7), 9, 0, 120), lastWeek));
        Assert.Equal("That would make 7 hours in the week of November 30; the library allows 6 hours a week.", Refusal(Limits(), Attempt(Tuesday, 9, 0, 60), lastWeek));
    }

    [Fact]
    public void One_hour_is_said_in_the_singular()
    {
        var limits = Limits();
        limits.MaxHoursPerDay = 1;

        Assert.Equal("That would make 1.5 hours on December 1; the library allows 1 hour a day.", Refusal(limits, Attempt(Tuesday, 13, 0, 60), Held(Tuesday, 9, 0, 30)));
    }
}

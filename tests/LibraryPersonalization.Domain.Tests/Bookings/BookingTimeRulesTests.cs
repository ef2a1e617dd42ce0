using LibraryPersonalization.Domain.Bookings;
using static LibraryPersonalization.Domain.Tests.Bookings.School;

namespace LibraryPersonalization.Domain.Tests.Bookings;

public class BookingTimeRulesTests
{
    private static readonly DateOnly Tuesday = Monday.AddDays(1);

    private static string? Refusal(BookingAttempt attempt, BookableResource? resource = null, DateTimeOffset? now = null) =>
        BookingRules.TimeRefusal(resource ?? QuietStudy(), attempt, now ?? Now, Calendar);

    [Fact]
    public void A_time_inside_opening_hours_is_allowed() =>
        Assert.Null(Refusal(Attempt(Tuesday, 10, 0, 60)));

    [Fact]
    public void A_booking_that_starts_before_opening_is_refused_with_the_hours()
    {
        Assert.Equal("Quiet study is open 8:00 AM to 4:00 PM on Tuesdays.", Refusal(Attempt(Tuesday, 7, 30, 60)));
    }

    [Fact]
    public void A_booking_that_runs_past_closing_is_refused_even_for_staff()
    {
        Assert.Equal("Quiet study is open 8:00 AM to 4:00 PM on Tuesdays.", Refusal(Attempt(Tuesday, 15, 30, 60)));
        Assert.Equal("Quiet study is open 8:00 AM to 4:00 PM on Tuesdays.", Refusal(Attempt(Tuesday, 15, 30, 60, byStaff: true)));
    }

    [Fact]
    public void A_booking_that_ends_exactly_at_closing_is_allowed() =>
        Assert.Null(Refusal(Attempt(Tuesday, 14, 0, 120)));

    [Fact]
    public void A_booking_that_runs_over_midnight_is_refused_even_when_both_clock_times_are_inside_the_hours()
    {
        Assert.Equal("Editing station is open 12:00 AM to 11:59 PM on Tuesdays.", Refusal(Attempt(Tuesday, 23, 0, 120), AroundTheClock()));
    }

    [Fact]
    public void A_weekday_without_hours_is_closed()
    {
        var saturday = Monday.AddDays(5);

        Assert.Equal("Quiet study is closed on Saturdays.", Refusal(Attempt(saturday, 10, 0, 60)));
        Assert.Equal("Quiet study is closed on Saturdays.", Refusal(Attempt(saturday, 10, 0, 60, byStaff: true)));
    }

    [Fact]
    public void A_closed_date_names_its_reason()
    {
        var examDay = new DateOnly(2026, 12, 4);

        Assert.Equal("Quiet study is closed on Friday, December 4: Exam day.", Refusal(Attempt(examDay, 10, 0, 60)));
        Assert.Equal("Quiet study is closed on Friday, December 4: Exam day.", Refusal(Attempt(examDay, 10, 0, 60, byStaff: true)));
    }

    [Fact]
    public void A_time_that_has_passed_is_refused_for_everyone()
    {
        var lastFriday = Monday.AddDays(-3);

        Assert.Equal("That time has already passed: choose a later one.", Refusal(Attempt(lastFriday, 10, 0, 60)));
        Assert.Equal("That time has already passed: choose a later one.", Refusal(Attempt(lastFriday, 10, 0, 60, byStaff: true)));
    }

    [Fact]
    public void Students_must_book_the_lead_time_ahead()
    {
        Assert.Equal("Quiet study must be booked at least 1 hour ahead.", Refusal(Attempt(Monday, 8, 30, 30)));
        Assert.Null(Refusal(Attempt(Monday, 9, 0, 30)));
    }

    [Fact]
    public void A_lead_time_that_is_not_whole_hours_is_said_in_minutes()
    {
        var resource = QuietStudy();
        resource.LeadTimeMinutes = 90;

        Assert.Equal("Quiet study must be booked at least 90 minutes ahead.", Refusal(Attempt(Monday, 9, 0, 30), resource));
    }

    [Fact]
    public void Staff_are_not_held_to_the_lead_time() =>
        Assert.Null(Refusal(Attempt(Monday, 8, 0, 30, byStaff: true)));

    [Fact]
    public void Students_may_book_up_to_the_last_day_of_the_window_and_not_the_day_after()
    {
        Assert.Null(Refusal(Attempt(Monday.AddDays(14), 9, 0, 60)));
        Assert.Equal("Quiet study can be booked up to 14 days ahead, so until Monday, December 14.", Refusal(Attempt(Monday.AddDays(15), 9, 0, 60)));
    }

    [Fact]
    public void The_window_counts_school_days_even_when_it_is_already_tomorrow_in_UTC()
    {
        var lateMondayEvening = At(Monday, 23, 30);
        Assert.Equal(Monday.AddDays(1), DateOnly.FromDateTime(lateMondayEvening.UtcDateTime));

        Assert.Equal("Quiet study can be booked up to 14 days ahead, so until Monday, December 14.", Refusal(Attempt(Monday.AddDays(15), 9, 0, 60), now: lateMondayEvening));
    }

    [Fact]
    public void Staff_may_book_beyond_the_window() =>
        Assert.Null(Refusal(Attempt(Monday.AddDays(15), 9, 0, 60, byStaff: true)));

    [Fact]
    public void A_length_that_is_not_whole_slots_is_refused()
    {
        Assert.Equal("Quiet study is booked in steps of 30 minutes.", Refusal(Attempt(Tuesday, 10, 0, 45)));
        Assert.Equal("Quiet study is booked in steps of 30 minutes.", Refusal(Attempt(Tuesday, 10, 0, 45, byStaff: true)));
    }

    [Fact]
    public void A_start_between_slots_is_refused_even_when_the_length_is_whole_slots()
    {
        Assert.Equal("Quiet study is booked in steps of 30 minutes from 8:00 AM.", Refusal(Attempt(Tuesday, 10, 10, 30)));
        Assert.Equal("Quiet study is booked in steps of 30 minutes from 8:00 AM.", Refusal(Attempt(Tuesday, 10, 10, 30, byStaff: true)));
    }

    [Fact]
    public void An_end_before_the_start_is_refused()
    {
        var start = At(Tuesday, 10, 0);

        Assert.Equal("The end must be after the start.", Refusal(new BookingAttempt(start, start, 1, ByStaff: false)));
        Assert.Equal("The end must be after the start.", Refusal(new BookingAttempt(start, start.AddMinutes(-30), 1, ByStaff: false)));
    }

    [Fact]
    public void Students_may_not_book_longer_than_the_longest_booking()
    {
        Assert.Null(Refusal(Attempt(Tuesday, 10, 0, 120)));
        Assert.Equal("Quiet study can be booked for at most 2 hours at a time.", Refusal(Attempt(Tuesday, 10, 0, 150)));
    }

    [Fact]
    public void A_longest_booking_that_is_not_whole_hours_is_said_in_minutes()
    {
        var resource = QuietStudy();
        resource.LongestBookingMinutes = 90;

        Assert.Equal("Quiet study can be booked for at most 90 minutes at a time.", Refusal(Attempt(Tuesday, 10, 0, 120), resource));
    }

    [Fact]
    public void Staff_may_book_longer_than_the_longest_booking() =>
        Assert.Null(Refusal(Attempt(Tuesday, 10, 0, 240, byStaff: true)));

    [Fact]
    public void A_retired_resource_cannot_be_booked_by_anyone()
    {
        var resource = QuietStudy();
        resource.Retired = true;

        Assert.Equal("Quiet study is no longer offered.", Refusal(Attempt(Tuesday, 10, 0, 60), resource));
        Assert.Equal("Quiet study is no longer offered.", Refusal(Attempt(Tuesday, 10, 0, 60, byStaff: true), resource));
    }
}

using LibraryPersonalization.Domain.Bookings;
using static LibraryPersonalization.Domain.Tests.Bookings.School;

namespace LibraryPersonalization.Domain.Tests.Bookings;

public class SeatRulesTests
{
    private static readonly DateOnly Tuesday = Monday.AddDays(1);

    private static int Peak(BookingAttempt attempt, TimeSpan buffer, params HeldTime[] held) =>
        BookingRules.PeakSeatsTaken(held, attempt.Start, attempt.End, buffer);

    [Fact]
    public void Two_bookings_one_after_the_other_inside_the_attempt_take_only_the_larger_of_their_seats()
    {
        var attempt = Attempt(Tuesday, 9, 0, 120);

        Assert.Equal(3, Peak(attempt, TimeSpan.Zero, Held(Tuesday, 9, 0, 60, seats: 2), Held(Tuesday, 10, 0, 60, seats: 3)));
        Assert.Null(BookingRules.SeatRefusal(QuietStudy(), [Held(Tuesday, 9, 0, 60, seats: 2), Held(Tuesday, 10, 0, 60, seats: 3)], attempt));
    }

    [Fact]
    public void Bookings_that_overlap_each_other_inside_the_attempt_add_up()
    {
        var attempt = Attempt(Tuesday, 9, 0, 120);

        Assert.Equal(3, Peak(attempt, TimeSpan.Zero, Held(Tuesday, 9, 0, 90, seats: 2), Held(Tuesday, 10, 0, 60, seats: 1)));
        Assert.Equal(
            "Quiet study has only 1 free seat at that time.",
            BookingRules.SeatRefusal(QuietStudy(), [Held(Tuesday, 9, 0, 90, seats: 2), Held(Tuesday, 10, 0, 60, seats: 1)], Attempt(Tuesday, 9, 0, 120, seats: 2)));
    }

    [Fact]
    public void Free_seats_are_counted_at_the_busiest_instant_and_said_in_the_plural()
    {
        Assert.Equal(
            "Quiet study has only 2 free seats at that time.",
            BookingRules.SeatRefusal(QuietStudy(), [Held(Tuesday, 11, 0, 30, seats: 2), Held(Tuesday, 9, 0, 30, seats: 1)], Attempt(Tuesday, 9, 0, 180, seats: 3)));
    }

    [Fact]
    public void Bookings_outside_the_attempt_take_no_seats_in_it()
    {
        Assert.Equal(0, Peak(Attempt(Tuesday, 10, 0, 60), TimeSpan.Zero, Held(Tuesday, 8, 0, 60, seats: 4), Held(Tuesday, 12, 0, 60, seats: 4)));
    }

    [Fact]
    public void Back_to_back_bookings_do_not_overlap()
    {
        var full = Held(Tuesday, 9, 0, 60, seats: 4);

        Assert.Null(BookingRules.SeatRefusal(QuietStudy(), [full], Attempt(Tuesday, 10, 0, 60)));
        Assert.Null(BookingRules.SeatRefusal(QuietStudy(), [full], Attempt(Tuesday, 8, 0, 60)));
    }

    [Fact]
    public void A_full_time_is_no_longer_available()
    {
        Assert.Equal(
            "Quiet study is no longer available at that time: every seat is taken. Choose another time or join the waitlist.",
            BookingRules.SeatRefusal(QuietStudy(), [Held(Tuesday, 9, 30, 30, seats: 4)], Attempt(Tuesday, 9, 0, 60)));
    }

    [Fact]
    public void The_buffer_keeps_the_minutes_after_and_before_a_booking_free()
    {
        var resource = QuietStudy(bufferMinutes: 15);
        var full = Held(Tuesday, 10, 0, 60, seats: 4);
        const string Taken = "Quiet study is no longer available at that time: every seat is taken. Choose another time or join the waitlist.";

        Assert.Equal(Taken, BookingRules.SeatRefusal(resource, [full], Attempt(Tuesday, 11, 0, 60)));
        Assert.Equal(Taken, BookingRules.SeatRefusal(resource, [full], Attempt(Tuesday, 9, 0, 60)));
        Assert.Null(BookingRules.SeatRefusal(resource, [full], Attempt(Tuesday, 11, 30, 60)));
        Assert.Null(BookingRules.SeatRefusal(resource, [full], Attempt(Tuesday, 8, 30, 30)));
    }
}

using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Web.Tests.Bookings.BookingTestData;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>A full slot's waitlist: freed seats (cancelled, released as a no-show, declined, unclaimed) go to the first person waiting, who claims them in time.</summary>
[Collection(JourneySteps.Collection)]
public class WaitlistTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    private static readonly DateOnly Day = ClockedAppFactory.Day;

    [Fact]
    public async Task A_no_show_is_released_after_the_window_and_the_first_person_waiting_is_told_claims_the_seat_and_checks_in()
    {
        await BookingArrange.RoomyLimitsAsync(app);
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(11, 40));
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "No-show zone", seats: 1);
        var jonahs = await AddBookingAsync(app, zone, LibraryAppFactory.OtherStudent, Day, new TimeOnly(12, 0), 60);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var refused = await maya.SubmitAsync($"/zones/{zone}/book", "Book it", BookingArrange.Slot(Day, new TimeOnly(12, 0), 60));
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Contains("every seat is taken", JourneySteps.Read(refusedPage), StringComparison.Ordinal);
        var joined = await WebForm.Find(refusedPage, $"/zones/{zone}/book", "Join the waitlist", browser: maya).SubmitAsync();
        var mine = await maya.FollowAsync(joined);
        Assert.Contains("You are on the waitlist for No-show zone", mine, StringComparison.Ordinal);
        Assert.Contains("Waiting for a seat", mine, StringComparison.Ordinal);

        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(12, 14));
        await app.SweepAsync();
        Assert.Equal(BookingStatus.Confirmed, (await BookingAsync(app, jonahs)).Status);
        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(12, 16));
        await app.SweepAsync();

        var released = await BookingAsync(app, jonahs);
        Assert.Equal((BookingStatus.NoShow, "Not checked in by 12:15 PM"), (released.Status, released.StatusReason));
        Assert.Contains(await NotificationsOfAsync(LibraryAppFactory.OtherStudent), message => message.StartsWith("Your booking of No-show zone", StringComparison.Ordinal) && message.Contains("released as a no-show", StringComparison.Ordinal));
        Assert.Contains(await NotificationsOfAsync(LibraryAppFactory.Student), message => message.StartsWith("A seat in No-show zone freed up for", StringComparison.Ordinal) && message.EndsWith("claim it by 12:46 PM on My bookings.", StringComparison.Ordinal));
        Assert.Contains("claim it by 12:46 PM", await maya.ReadPageAsync("/"), StringComparison.Ordinal);

        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(12, 20));
        var claimed = await maya.SubmitAsync("/bookings/mine", "Claim", near: "No-show zone");
        Assert.Contains("The seat is yours: No-show zone", await maya.FollowAsync(claimed), StringComparison.Ordinal);
        var checkedIn = await maya.FollowAsync(await maya.SubmitAsync($"/zones/{zone}/check-in", "Check in"));
        Assert.Contains("You are checked in to No-show zone until 1:00 PM.", checkedIn, StringComparison.Ordinal);
        var seat = Assert.Single(await BookingsOfAsync(app, zone), booking => booking.HoldsSeats);
        Assert.Equal((await app.UserIdAsync(LibraryAppFactory.Student), BookingStatus.CheckedIn), (seat.HolderId, seat.Status));
        Assert.Equal(WaitlistStatus.Claimed, await app.WithDbAsync(db => db.WaitlistEntries.Where(entry => entry.ResourceId == zone).Select(entry => entry.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_cancelled_seat_is_offered_to_the_first_in_line_and_when_the_offer_lapses_it_goes_to_the_next()
    {
        await BookingArrange.RoomyLimitsAsync(app);
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(13, 30));
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Busy zone", seats: 1);
        await AddBookingAsync(app, zone, LibraryAppFactory.Teacher, Day, new TimeOnly(14, 0), 60);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        await JoinWaitlistAsync(maya, zone, new TimeOnly(14, 0), 60);
        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(13, 35));
        await JoinWaitlistAsync(jonah, zone, new TimeOnly(14, 0), 60);

        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(13, 41));
        var cancelled = await teacher.SubmitAsync("/bookings/mine", "Cancel this booking", new() { ["Why are you cancelling?"] = "Class moved to the lab" }, near: "Busy zone");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("Claim it by 2:11 PM", await maya.ReadPageAsync("/bookings/mine"), StringComparison.Ordinal);
        Assert.DoesNotContain("Claim it by", await jonah.ReadPageAsync("/bookings/mine"), StringComparison.Ordinal);

        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(14, 12));
        var late = await maya.SubmitAsync("/bookings/mine", "Claim", near: "Busy zone");
        Assert.Contains("This offer ended at 2:11 PM", await maya.FollowAsync(late), StringComparison.Ordinal);
        await app.SweepAsync();

        Assert.Contains(await NotificationsOfAsync(LibraryAppFactory.Student), message => message.Contains("was not claimed in time and went to the next person waiting", StringComparison.Ordinal));
        Assert.Contains(await NotificationsOfAsync(LibraryAppFactory.OtherStudent), message => message.StartsWith("A seat in Busy zone freed up", StringComparison.Ordinal) && message.EndsWith("claim it by 2:42 PM on My bookings.", StringComparison.Ordinal));
        var declined = await jonah.SubmitAsync("/bookings/mine", "Decline", near: "Busy zone");
        Assert.Contains("You declined the seat in Busy zone", await jonah.FollowAsync(declined), StringComparison.Ordinal);
        var statuses = (await BookingsOfAsync(app, zone)).Select(booking => booking.Status).Order().ToList();
        Assert.Equal([BookingStatus.Cancelled, BookingStatus.Cancelled, BookingStatus.Expired], statuses);
    }

    [Fact]
    public async Task Only_people_who_could_book_join_once_and_only_while_the_slot_is_full_and_they_can_leave_again()
    {
        await BookingArrange.RoomyLimitsAsync(app);
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(12, 0));
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Rules zone", seats: 1);
        await AddBookingAsync(app, zone, LibraryAppFactory.Teacher, Day, new TimeOnly(15, 0), 60);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var waitlist = $"/zones/{zone}/waitlist";

        var free = await maya.ForgePostAsync($"/zones/{zone}/book", waitlist, BookingArrange.ForgedSlot(Day, new TimeOnly(16, 0), 60));
        Assert.Contains("A seat in Rules zone is free at that time: book it instead of waiting.", await maya.FollowAsync(free), StringComparison.Ordinal);
        await JoinWaitlistAsync(maya, zone, new TimeOnly(15, 0), 60);
        var again = await maya.ForgePostAsync($"/zones/{zone}/book", waitlist, BookingArrange.ForgedSlot(Day, new TimeOnly(15, 0), 30));
        Assert.Contains("You are already on the waitlist for Rules zone at that time.", await maya.FollowAsync(again), StringComparison.Ordinal);

        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        var requester = await jonah.ForgePostAsync("/bookings/mine", waitlist, BookingArrange.ForgedSlot(Day, new TimeOnly(15, 0), 60));
        Assert.Equal(HttpStatusCode.Forbidden, requester.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.WaitlistEntries.CountAsync(entry => entry.ResourceId == zone)));

        var left = await maya.SubmitAsync("/bookings/mine", "Leave the waitlist", near: "Rules zone");
        Assert.Contains("You left the waitlist for Rules zone", await maya.FollowAsync(left), StringComparison.Ordinal);
        Assert.Equal(WaitlistStatus.Left, await app.WithDbAsync(db => db.WaitlistEntries.Where(entry => entry.ResourceId == zone).Select(entry => entry.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_student_zone_booking_is_not_released_while_the_volume_keeps_students_from_checking_in()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(16, 40));
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Approved zone", seats: 2);
        var students = await AddBookingAsync(app, zone, LibraryAppFactory.Student, Day, new TimeOnly(16, 0), 60);
        var teachers = await AddBookingAsync(app, zone, LibraryAppFactory.Teacher, Day, new TimeOnly(16, 0), 60);

        await app.SweepAsync();

        Assert.Equal(BookingStatus.Confirmed, (await BookingAsync(app, students)).Status);
        Assert.Equal(BookingStatus.NoShow, (await BookingAsync(app, teachers)).Status);
    }

    private static async Task JoinWaitlistAsync(TestBrowser person, int zone, TimeOnly start, int minutes)
    {
        var refused = await person.SubmitAsync($"/zones/{zone}/book", "Book it", BookingArrange.Slot(Day, start, minutes));
        var joined = await WebForm.Find(await refused.Content.ReadAsStringAsync(), $"/zones/{zone}/book", "Join the waitlist", browser: person).SubmitAsync();
        Assert.Equal("/bookings/mine", JourneySteps.RedirectTarget(joined));
    }

    private Task<List<string>> NotificationsOfAsync(string email) =>
        app.WithDbAsync(db => db.Notifications.Where(notification => db.Users.Any(user => user.Id == notification.UserId && user.Email == email)).Select(notification => notification.Message).ToListAsync());
}

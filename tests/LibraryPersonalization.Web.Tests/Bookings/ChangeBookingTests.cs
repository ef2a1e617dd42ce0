using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Web.Tests.Bookings.BookingTestData;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>A holder moves their own booking from "my bookings": every rule is checked again, the booking not counted against itself.</summary>
[Collection(JourneySteps.Collection)]
public class ChangeBookingTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_student_moves_a_booking_half_an_hour_later_onto_part_of_its_own_old_time()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var holder = (await AddStudentsAsync(app, "movelater", 1))[0];
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "One-seat nook", seats: 1);
        var day = SoonDay();
        var booking = await AddBookingAsync(app, zone, holder, day, new TimeOnly(10, 0), 60);
        using var student = await TestBrowser.SignedInAsync(app, holder);

        var changePage = ChangeLink(await student.ReadPageAsync("/bookings/mine"), booking);
        var response = await student.SubmitAsync(changePage, "Save the change", new() { ["Start time"] = "10:30" });

        var mine = await student.FollowAsync(response);
        Assert.Contains("Moved One-seat nook from", mine, StringComparison.Ordinal);
        var moved = Assert.Single(await BookingsOfAsync(app, zone));
        Assert.Equal(booking, moved.Id);
        Assert.Equal(BookingStatus.Confirmed, moved.Status);
        Assert.Equal(Calendar.ToInstant(day, new TimeOnly(10, 30)), moved.Start);
        Assert.Equal(Calendar.ToInstant(day, new TimeOnly(11, 30)), moved.End);
    }

    [Fact]
    public async Task Moving_onto_a_full_slot_is_refused_on_the_form_and_the_booking_stays_where_it_was()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var holder = (await AddStudentsAsync(app, "movefull", 1))[0];
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Busy zone", seats: 2);
        var day = SoonDay();
        await AddBookingAsync(app, zone, LibraryAppFactory.Teacher, day, new TimeOnly(14, 0), 60, seats: 2);
        var booking = await AddBookingAsync(app, zone, holder, day, new TimeOnly(10, 0), 60);
        using var student = await TestBrowser.SignedInAsync(app, holder);

        var response = await student.SubmitAsync($"/bookings/{booking}/change", "Save the change", new() { ["Start time"] = "13:30" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Busy zone is no longer available at that time: every seat is taken.", await BodyAsync(response), StringComparison.Ordinal);
        var kept = (await BookingsOfAsync(app, zone)).Single(row => row.Id == booking);
        Assert.Equal(Calendar.ToInstant(day, new TimeOnly(10, 0)), kept.Start);
    }

    [Fact]
    public async Task A_request_moves_and_stays_a_request_waiting_for_approval()
    {
        await app.SetVolumeAsync(EcosystemElement.MediaLab, Volume.LibrarianGenerated);
        var holder = (await AddStudentsAsync(app, "moverequest", 1))[0];
        var studio = await AddResourceAsync(app, EcosystemElement.MediaLab, "Request booth", seats: 1);
        var day = SoonDay(4);
        var request = await AddBookingAsync(app, studio, holder, day, new TimeOnly(9, 0), 30, status: BookingStatus.Requested);
        using var student = await TestBrowser.SignedInAsync(app, holder);

        var response = await student.SubmitAsync($"/bookings/{request}/change", "Save the change", new() { ["Date"] = Iso(day.AddDays(1)), ["Start time"] = "15:00" });

        Assert.Contains("It still waits for approval.", await student.FollowAsync(response), StringComparison.Ordinal);
        var moved = Assert.Single(await BookingsOfAsync(app, studio));
        Assert.Equal(BookingStatus.Requested, moved.Status);
        Assert.Equal(Calendar.ToInstant(day.AddDays(1), new TimeOnly(15, 0)), moved.Start);
    }

    [Fact]
    public async Task A_confirmed_booking_does_not_move_once_its_holder_may_only_ask_and_stays_booked()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        var holder = (await AddStudentsAsync(app, "movevolume", 1))[0];
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Volume zone", seats: 3);
        var day = SoonDay();
        var booking = await AddBookingAsync(app, zone, holder, day, new TimeOnly(10, 0), 60);
        using var student = await TestBrowser.SignedInAsync(app, holder);

        var response = await student.SubmitAsync($"/bookings/{booking}/change", "Save the change", new() { ["Start time"] = "12:00" });

        Assert.Contains("You can no longer book learning zones directly, so this booking cannot move.", await BodyAsync(response), StringComparison.Ordinal);
        var kept = Assert.Single(await BookingsOfAsync(app, zone));
        Assert.Equal((BookingStatus.Confirmed, Calendar.ToInstant(day, new TimeOnly(10, 0))), (kept.Status, kept.Start));
    }

    [Fact]
    public async Task Another_students_booking_has_no_change_page_and_a_forged_change_moves_nothing()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var holder = (await AddStudentsAsync(app, "moveforged", 1))[0];
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Private zone", seats: 3);
        var day = SoonDay();
        var theirs = await AddBookingAsync(app, zone, LibraryAppFactory.OtherStudent, day, new TimeOnly(10, 0), 60);
        var mine = await AddBookingAsync(app, zone, holder, day.AddDays(1), new TimeOnly(10, 0), 60);
        using var student = await TestBrowser.SignedInAsync(app, holder);

        Assert.Equal(HttpStatusCode.NotFound, (await student.GetAsync($"/bookings/{theirs}/change")).StatusCode);
        var forged = await student.ForgePostAsync($"/bookings/{mine}/change", $"/bookings/{theirs}/change", new()
        {
            ["Date"] = Iso(day), ["Start"] = "15:00", ["Minutes"] = "30",
        });

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        var untouched = (await BookingsOfAsync(app, zone)).Single(row => row.Id == theirs);
        Assert.Equal((Calendar.ToInstant(day, new TimeOnly(10, 0)), Calendar.ToInstant(day, new TimeOnly(11, 0))), (untouched.Start, untouched.End));
    }

    [Fact]
    public async Task Moving_a_booking_offers_the_seat_it_left_to_the_first_person_waiting_for_that_time()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var (holder, waiting) = ((await AddStudentsAsync(app, "moveaway", 1))[0], (await AddStudentsAsync(app, "waitsfor", 1))[0]);
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Waited-for nook", seats: 1);
        var day = SoonDay(4);
        var booking = await AddBookingAsync(app, zone, holder, day, new TimeOnly(10, 0), 60);
        await app.WithDbAsync(async db =>
        {
            var waiter = await db.Users.SingleAsync(user => user.Email == waiting);
            db.WaitlistEntries.Add(new WaitlistEntry { ResourceId = zone, UserId = waiter.Id, UserName = waiter.DisplayName, Start = Calendar.ToInstant(day, new TimeOnly(10, 0))!.Value, End = Calendar.ToInstant(day, new TimeOnly(11, 0))!.Value, JoinedAt = DateTimeOffset.UtcNow, Status = WaitlistStatus.Waiting });
            await db.SaveChangesAsync();
        });
        using var student = await TestBrowser.SignedInAsync(app, holder);

        var response = await student.SubmitAsync(ChangeLink(await student.ReadPageAsync("/bookings/mine"), booking), "Save the change", new() { ["Start time"] = "13:00" });

        Assert.Contains("Moved Waited-for nook from", await student.FollowAsync(response), StringComparison.Ordinal);
        var waiterId = await app.UserIdAsync(waiting);
        var offer = Assert.Single(await BookingsOfAsync(app, zone), row => row.HolderId == waiterId);
        Assert.Equal((BookingStatus.Offered, Calendar.ToInstant(day, new TimeOnly(10, 0))), (offer.Status, offer.Start));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(note => note.UserId == waiterId && note.Message.StartsWith("A seat in Waited-for nook freed up"))));
    }

    private static string ChangeLink(string myBookings, int bookingId)
    {
        var href = $"/bookings/{bookingId}/change";
        Assert.Contains($"href=\"{href}\">Change", myBookings, StringComparison.Ordinal);
        return href;
    }
}

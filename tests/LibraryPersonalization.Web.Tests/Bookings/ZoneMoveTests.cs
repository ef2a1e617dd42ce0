using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Web.Tests.Bookings.BookingTestData;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>A checked-in student moves to another zone that has a seat for the rest of their time; a full one is refused.</summary>
[Collection(JourneySteps.Collection)]
public class ZoneMoveTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    [Fact]
    public async Task A_checked_in_student_moves_to_a_zone_with_a_free_seat_and_a_full_zone_is_refused()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        app.Clock.Now = ClockedAppFactory.At(new TimeOnly(12, 20));
        var noisy = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Noisy zone", seats: 4);
        var quiet = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Quiet zone", seats: 1);
        var full = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Full zone", seats: 1);
        await AddBookingAsync(app, full, LibraryAppFactory.Teacher, ClockedAppFactory.Day, new TimeOnly(12, 0), 60);
        var mayas = await AddBookingAsync(app, noisy, LibraryAppFactory.Student, ClockedAppFactory.Day, new TimeOnly(12, 0), 60, status: BookingStatus.CheckedIn);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var page = await maya.ReadPageAsync($"/zones/{noisy}/check-in");
        Assert.Contains("Quiet zone (until 1:00 PM)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Full zone", page, StringComparison.Ordinal);
        var refused = await maya.ForgePostAsync($"/zones/{noisy}/check-in", $"/zones/{noisy}/move", new() { ["ToZoneId"] = full.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("Full zone has no free seat until 1:00 PM: choose another zone.", await maya.FollowAsync(refused), StringComparison.Ordinal);
        Assert.Equal(ClockedAppFactory.At(new TimeOnly(13, 0)), (await BookingAsync(app, mayas)).End);

        var moved = await maya.SubmitAsync($"/zones/{noisy}/check-in", "Move", new() { ["Zone with a free seat"] = "Quiet zone (until 1:00 PM)" });

        Assert.Equal($"/zones/{quiet}/check-in", JourneySteps.RedirectTarget(moved));
        Assert.Contains("You moved from Noisy zone to Quiet zone and are checked in there until 1:00 PM.", await maya.FollowAsync(moved), StringComparison.Ordinal);
        var ended = await BookingAsync(app, mayas);
        Assert.Equal((ClockedAppFactory.At(new TimeOnly(12, 20)), "Moved to Quiet zone at 12:20 PM"), (ended.End, ended.StatusReason));
        var there = Assert.Single(await BookingsOfAsync(app, quiet));
        Assert.Equal(
            (ClockedAppFactory.At(new TimeOnly(12, 0)), ClockedAppFactory.At(new TimeOnly(13, 0)), BookingStatus.CheckedIn),
            (there.Start, there.End, there.Status));
        var back = await maya.ReadPageAsync($"/zones/{quiet}/check-in");
        Assert.Contains("Noisy zone (until 1:00 PM)", back, StringComparison.Ordinal);
        Assert.DoesNotContain("Full zone", back, StringComparison.Ordinal);
    }
}

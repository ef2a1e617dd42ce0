using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Journeys;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;
using static LibraryPersonalization.Web.Tests.Bookings.BookingTestData;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>Checking in to one's own booking from the page a zone's QR code opens, only while its window is open and the volume allows.</summary>
[Collection(JourneySteps.Collection)]
public partial class CheckInTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    [Fact]
    public async Task A_student_checks_in_to_a_zone_booking_that_starts_in_a_few_minutes_at_student_generated()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Check-in zone", seats: 4);
        var booking = await AddBookingAsync(app, zone, LibraryAppFactory.Student, ClockedAppFactory.Day, new TimeOnly(12, 5), 60);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var checkedIn = await student.SubmitAsync($"/zones/{zone}/check-in", "Check in");

        Assert.Equal($"/zones/{zone}/check-in", JourneySteps.RedirectTarget(checkedIn));
        var page = await student.FollowAsync(checkedIn);
        Assert.Contains("You are checked in to Check-in zone until 1:05 PM.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Check in</button>", page, StringComparison.Ordinal);
        var stored = await BookingAsync(app, booking);
        Assert.Equal(BookingStatus.CheckedIn, stored.Status);
        Assert.NotNull(stored.CheckedInAt);
    }

    [Fact]
    public async Task At_cocreated_a_student_gets_403_on_zone_check_in_and_nothing_is_written()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Gated zone", seats: 4);
        var booking = await AddBookingAsync(app, zone, LibraryAppFactory.Student, ClockedAppFactory.Day, new TimeOnly(12, 0), 60);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var token = await student.AntiforgeryTokenAsync($"/zones/{zone}/check-in");
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);

        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/zones/{zone}/check-in")).StatusCode);
        var posted = await student.PostWithTokenAsync($"/zones/{zone}/check-in", token, new() { ["BookingId"] = booking.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Contains("Student-generated", await JourneySteps.BodyAsync(posted), StringComparison.Ordinal);
        var stored = await BookingAsync(app, booking);
        Assert.Equal(BookingStatus.Confirmed, stored.Status);
        Assert.Null(stored.CheckedInAt);
    }

    [Fact]
    public async Task A_student_checks_in_to_a_media_lab_booking_at_the_lowest_volume()
    {
        await MediaLabCheckInWindowAsync(15);
        await app.SetVolumeAsync(EcosystemElement.MediaLab, Volume.LibrarianGenerated);
        var studio = await AddResourceAsync(app, EcosystemElement.MediaLab, "Check-in booth", seats: 1);
        var booking = await AddBookingAsync(app, studio, LibraryAppFactory.Student, ClockedAppFactory.Day, new TimeOnly(11, 50), 60);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var page = await student.FollowAsync(await student.SubmitAsync($"/media-lab/{studio}/check-in", "Check in"));

        Assert.Contains("You are checked in to Check-in booth", page, StringComparison.Ordinal);
        Assert.Equal(BookingStatus.CheckedIn, (await BookingAsync(app, booking)).Status);
    }

    [Fact]
    public async Task Too_early_and_too_late_say_when_check_in_opens_or_closed_and_a_forged_early_check_in_changes_nothing()
    {
        await MediaLabCheckInWindowAsync(15);
        var studio = await AddResourceAsync(app, EcosystemElement.MediaLab, "Timing booth", seats: 2);
        var early = await AddBookingAsync(app, studio, LibraryAppFactory.Student, ClockedAppFactory.Day, new TimeOnly(14, 0), 30);
        var lateStudio = await AddResourceAsync(app, EcosystemElement.MediaLab, "Late booth", seats: 2);
        await AddBookingAsync(app, lateStudio, LibraryAppFactory.Student, ClockedAppFactory.Day, new TimeOnly(11, 30), 60);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var tooEarly = await student.ReadPageAsync($"/media-lab/{studio}/check-in");
        Assert.Contains("It is too early to check in: check-in opens at 1:50 PM, 10 minutes before your booking starts.", tooEarly, StringComparison.Ordinal);
        Assert.DoesNotContain(">Check in</button>", tooEarly, StringComparison.Ordinal);
        var tooLate = await student.ReadPageAsync($"/media-lab/{lateStudio}/check-in");
        Assert.Contains("It is too late to check in: check-in closed at", tooLate, StringComparison.Ordinal);
        
        Assert.Contains($"href=\"/media-lab/{lateStudio}/book\"", tooLate, StringComparison.Ordinal);

        var forged = await student.ForgePostAsync($"/media-lab/{studio}/check-in", $"/media-lab/{studio}/check-in", new() { ["BookingId"] = early.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("It is too early to check in", await student.FollowAsync(forged), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Confirmed, (await BookingAsync(app, early)).Status);
    }

    [Fact]
    public async Task Staff_check_in_keeps_the_holders_window_and_a_student_who_cannot_check_in_themselves_is_checked_in_by_staff_until_the_end()
    {
        await app.WithDbAsync(db => db.BookingLimits.Where(limits => limits.Element == EcosystemElement.PhysicalSpace)
            .ExecuteUpdateAsync(setters => setters.SetProperty(limits => limits.CheckInWindowMinutes, 15)));
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Shared window zone", seats: 4);
        var students = await AddStudentsAsync(app, "window", 3);
        var started = await AddBookingAsync(app, zone, students[0], ClockedAppFactory.Day, new TimeOnly(11, 30), 60);
        var starting = await AddBookingAsync(app, zone, students[1], ClockedAppFactory.Day, new TimeOnly(12, 5), 60);
        var later = await AddBookingAsync(app, zone, students[2], ClockedAppFactory.Day, new TimeOnly(12, 20), 40);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        static string CheckInUrl(int booking) => $"/zones/bookings/{booking}/check-in";

        var today = JourneySteps.Slice(await teacher.GetPageAsync("/zones/today"), "Shared window zone", "</section>");
        Assert.DoesNotContain(">Check in</button>", JourneySteps.Slice(today, "window student 1", "</tr>"), StringComparison.Ordinal);
        Assert.DoesNotContain(">Check in</button>", JourneySteps.Slice(today, "window student 3", "</tr>"), StringComparison.Ordinal);
        var tooLate = await teacher.ForgePostAsync("/zones/today", CheckInUrl(started), []);
        Assert.Contains("Check-in closed at 11:45 AM: the seat is released as a no-show.", await teacher.FollowAsync(tooLate), StringComparison.Ordinal);
        var tooEarly = await teacher.ForgePostAsync("/zones/today", CheckInUrl(later), []);
        Assert.Contains("Check-in opens 10 minutes before the start, at 12:10 PM.", await teacher.FollowAsync(tooEarly), StringComparison.Ordinal);
        var onTime = await teacher.SubmitAsync("/zones/today", "Check in", near: "window student 2");
        Assert.Contains("window student 2 is checked in to Shared window zone.", await teacher.FollowAsync(onTime), StringComparison.Ordinal);
        Assert.Equal([BookingStatus.Confirmed, BookingStatus.CheckedIn, BookingStatus.Confirmed], [(await BookingAsync(app, started)).Status, (await BookingAsync(app, starting)).Status, (await BookingAsync(app, later)).Status]);

        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        var afterWindow = await teacher.SubmitAsync("/zones/today", "Check in", near: "window student 1");

        Assert.Contains("window student 1 is checked in to Shared window zone.", await teacher.FollowAsync(afterWindow), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.CheckedIn, (await BookingAsync(app, started)).Status);
    }

    [Fact]
    public async Task Without_a_booking_the_page_says_so_and_links_to_booking_and_another_students_booking_cannot_be_checked_in()
    {
        var studio = await AddResourceAsync(app, EcosystemElement.MediaLab, "Someone else's booth", seats: 2);
        var jonahs = await AddBookingAsync(app, studio, LibraryAppFactory.OtherStudent, ClockedAppFactory.Day, new TimeOnly(12, 0), 60);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var page = await maya.ReadPageAsync($"/media-lab/{studio}/check-in");
        Assert.Contains("You have no booking in Someone else's booth now or coming up.", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/media-lab/{studio}/book\"", page, StringComparison.Ordinal);

        var forged = await maya.ForgePostAsync($"/media-lab/{studio}/check-in", $"/media-lab/{studio}/check-in", new() { ["BookingId"] = jonahs.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(BookingStatus.Confirmed, (await BookingAsync(app, jonahs)).Status);
    }

    [Fact]
    public async Task The_qr_poster_encodes_the_absolute_check_in_url_prints_it_below_and_is_for_staff_only()
    {
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Poster zone", seats: 6);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var page = await librarian.GetPageAsync($"/zones/{zone}/qr");

        var document = new HtmlParser().ParseDocument(page);
        var image = document.QuerySelector(".poster img")!;
        Assert.Equal("QR code that opens the check-in page of Poster zone", image.GetAttribute("alt"));
        var url = $"http://localhost/zones/{zone}/check-in";
        var code = await librarian.GetAsync(image.GetAttribute("src")!);
        Assert.Equal("image/svg+xml", code.Content.Headers.ContentType?.MediaType);
        Assert.Equal(url, DecodeQr(await code.Content.ReadAsStringAsync()));
        Assert.Equal(url, document.QuerySelector("[data-testid=check-in-url]")!.TextContent);

        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/zones/{zone}/qr")).StatusCode);
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/zones/{zone}/qr")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/zones/{zone}/qr.svg")).StatusCode);
    }

    private Task<int> MediaLabCheckInWindowAsync(int minutes) =>
        app.WithDbAsync(db => db.BookingLimits.Where(limits => limits.Element == EcosystemElement.MediaLab)
            .ExecuteUpdateAsync(setters => setters.SetProperty(limits => limits.CheckInWindowMinutes, minutes)));

    /// <summary>Reads the QR code the way a phone camera would: draws the SVG's modules as pixels and lets ZXing decode them.</summary>
    private static string DecodeQr(string svg)
    {
        var modules = int.Parse(ViewBox().Match(svg).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        const int scale = 4;
        var size = modules * scale;
        var pixels = Enumerable.Repeat((byte)255, size * size).ToArray();
        foreach (Match run in DarkRun().Matches(svg))
        {
            var (x, y, width) = (Number(run, 1), Number(run, 2), Number(run, 3));
            for (var row = y * scale; row < (y + 1) * scale; row++)
            {
                Array.Fill(pixels, (byte)0, (row * size) + (x * scale), width * scale);
            }
        }

        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, size, size, RGBLuminanceSource.BitmapFormat.Gray8)));
        return new QRCodeReader().decode(bitmap)?.Text ?? throw new Xunit.Sdk.XunitException("The QR code does not decode");
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("viewBox=\"0 0 (\\d+) \\d+\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z")]
    private static partial Regex DarkRun();
}

using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Journeys;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>Booking and asking for times through the rendered forms, and every rule's refusal as a person reads it on the form.</summary>
public class BookingJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_teacher_books_the_podcast_booth_for_a_class_and_it_holds_every_seat()
    {
        await BookingArrange.RoomyLimitsAsync(app);
        var booth = await BookingTestData.AddResourceAsync(app, EcosystemElement.MediaLab, "Journey podcast booth", seats: 4);
        var tuesday = NextWeekday(DayOfWeek.Tuesday);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        var fields = BookingArrange.Slot(tuesday, new TimeOnly(10, 0), 60);
        fields["Class name"] = "7B Science";
        fields["Head count"] = "24";
        var booked = await teacher.SubmitAsync($"/media-lab/{booth}/book", "Book it", fields);

        Assert.Equal("/bookings/mine", JourneySteps.RedirectTarget(booked));
        var mine = await teacher.FollowAsync(booked);
        Assert.Contains("Journey podcast booth is booked for 7B Science", mine, StringComparison.Ordinal);
        Assert.Contains("For 7B Science (24 people)", mine, StringComparison.Ordinal);
        var booking = Assert.Single(await BookingTestData.BookingsOfAsync(app, booth));
        Assert.Equal((4, BookingStatus.Confirmed), (booking.Seats, booking.Status));

        await app.SetVolumeAsync(EcosystemElement.MediaLab, Volume.Cocreated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var refused = await student.SubmitAsync($"/media-lab/{booth}/book", "Book it", BookingArrange.Slot(tuesday, new TimeOnly(10, 30), 30));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Journey podcast booth is no longer available at that time", await JourneySteps.BodyAsync(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_at_cocreated_asks_for_a_zone_and_waits_for_approval_without_holding_a_seat()
    {
        await BookingArrange.RoomyLimitsAsync(app);
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Journey collaboration zone", seats: 1);
        var day = BookingTestData.SoonDay(5);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var form = await student.ReadPageAsync($"/zones/{zone}/book");
        Assert.DoesNotContain("Book it", form, StringComparison.Ordinal);
        var asked = await student.SubmitAsync($"/zones/{zone}/book", "Send request", BookingArrange.Slot(day, new TimeOnly(13, 0), 60));

        var mine = await student.FollowAsync(asked);
        Assert.Contains("You asked for Journey collaboration zone", mine, StringComparison.Ordinal);
        Assert.Contains("Waiting for approval", mine, StringComparison.Ordinal);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        var teacherBooks = await teacher.SubmitAsync($"/zones/{zone}/book", "Book it", BookingArrange.Slot(day, new TimeOnly(13, 0), 60));
        Assert.Equal(HttpStatusCode.Redirect, teacherBooks.StatusCode);
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "after closing", "is open 7:00 AM to 8:00 PM on" },
        { "in the past", "That time has already passed" },
        { "beyond the window", "can be booked up to 30 days ahead" },
        { "on a closed date", "is closed on" },
        { "overlapping their own booking", "You already have a booking then" },
        { "beyond their hours for the day", "the library allows 2 hours a day" },
        { "in a full slot", "is no longer available at that time" },
        { "longer than allowed", "is booked in steps of 30 minutes" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_time_is_explained_on_the_form_and_nothing_is_booked(string when, string message)
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        await StrictLimitsAsync();
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, $"Rules zone {when}", seats: 2);
        var other = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, $"Other zone {when}", seats: 2);
        var student = await BookingTestData.AddStudentsAsync(app, $"rules{Math.Abs(when.GetHashCode(StringComparison.Ordinal))}x", 1);
        var day = BookingTestData.SoonDay(6);
        var (date, start, minutes) = (day, new TimeOnly(10, 0), 60);
        switch (when)
        {
            case "after closing":
                start = new TimeOnly(19, 30);
                break;
            case "in the past":
                date = BookingTestData.SoonDay(-1);
                break;
            case "beyond the window":
                date = BookingTestData.SoonDay(31);
                break;
            case "on a closed date":
                await app.WithDbAsync(async db =>
                {
                    db.ClosedDates.Add(new ClosedDate { ResourceId = zone, Date = day, Reason = "Exam day" });
                    await db.SaveChangesAsync();
                });
                message += $" {day.ToString("dddd, MMMM d", System.Globalization.CultureInfo.GetCultureInfo("en-US"))}: Exam day";
                break;
            case "overlapping their own booking":
                await BookingTestData.AddBookingAsync(app, other, student[0], day, new TimeOnly(9, 30), 60);
                break;
            case "beyond their hours for the day":
                await BookingTestData.AddBookingAsync(app, other, student[0], day, new TimeOnly(8, 0), 90);
                break;
            case "in a full slot":
                await BookingTestData.AddBookingAsync(app, zone, LibraryAppFactory.Teacher, day, new TimeOnly(10, 30), 60, seats: 2);
                break;
            default:
                minutes = 45;
                break;
        }

        using var browser = await TestBrowser.SignedInAsync(app, student[0]);
        var form = await browser.OpenFormAsync($"/zones/{zone}/book", "Book it");
        var fields = BookingArrange.ForgedSlot(date, start, minutes);
        var response = minutes == 45
            ? await browser.ForgePostAsync($"/zones/{zone}/book", $"/zones/{zone}/book", fields)
            : await form.Fill(BookingArrange.Slot(date, start, minutes)).SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await JourneySteps.BodyAsync(response);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Contains("Book it", page, StringComparison.Ordinal);
        var studentId = await app.UserIdAsync(student[0]);
        Assert.DoesNotContain(await BookingTestData.BookingsOfAsync(app, zone), booking => booking.HolderId == studentId);
    }

    [Fact]
    public async Task Staff_book_beyond_the_students_window_and_times_keep_their_school_clock_across_daylight_saving()
    {
        var studio = await BookingTestData.AddResourceAsync(app, EcosystemElement.MediaLab, "Daylight studio", seats: 1);
        var springForward = NextSpringForward();
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        var before = await teacher.SubmitAsync($"/media-lab/{studio}/book", "Book it", BookingArrange.Slot(springForward.AddDays(-1), new TimeOnly(9, 0), 60));
        var after = await teacher.SubmitAsync($"/media-lab/{studio}/book", "Book it", BookingArrange.Slot(springForward, new TimeOnly(9, 0), 60));
        var skipped = await teacher.ForgePostAsync($"/media-lab/{studio}/book", $"/media-lab/{studio}/book", BookingArrange.ForgedSlot(springForward, new TimeOnly(2, 30), 60));

        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("The clocks skip that time", await JourneySteps.BodyAsync(skipped), StringComparison.Ordinal);
        var starts = (await BookingTestData.BookingsOfAsync(app, studio)).OrderBy(booking => booking.Start).Select(booking => booking.Start.UtcDateTime.Hour).ToList();
        Assert.Equal([14, 13], starts);
        var mine = await teacher.ReadPageAsync("/bookings/mine");
        Assert.Contains($"{springForward.AddDays(-1).ToString("ddd, MMM d", System.Globalization.CultureInfo.GetCultureInfo("en-US"))}, 9:00 AM to 10:00 AM", mine, StringComparison.Ordinal);
        Assert.Contains($"{springForward.ToString("ddd, MMM d", System.Globalization.CultureInfo.GetCultureInfo("en-US"))}, 9:00 AM to 10:00 AM", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_cancels_with_a_reason_freeing_the_seat_and_nobody_else_can_cancel_it()
    {
        await BookingArrange.RoomyLimitsAsync(app);
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Cancel zone", seats: 1);
        var day = BookingTestData.SoonDay(7);
        var bookingId = await BookingTestData.AddBookingAsync(app, zone, LibraryAppFactory.Student, day, new TimeOnly(11, 0), 60);
        using var other = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        using var owner = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var forged = await other.ForgePostAsync("/bookings/mine", $"/bookings/{bookingId}/cancel", new() { ["Reason"] = "Not mine to cancel" });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        var blank = await owner.SubmitAsync("/bookings/mine", "Cancel this booking", new() { ["Why are you cancelling?"] = " " }, near: "Cancel zone");
        Assert.Contains("Say why you are cancelling.", await owner.FollowAsync(blank), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Confirmed, (await BookingTestData.BookingsOfAsync(app, zone)).Single().Status);

        var cancelled = await owner.SubmitAsync("/bookings/mine", "Cancel this booking", new() { ["Why are you cancelling?"] = "Project moved to Friday" }, near: "Cancel zone");
        Assert.Contains("Cancelled Cancel zone", await owner.FollowAsync(cancelled), StringComparison.Ordinal);
        var booking = (await BookingTestData.BookingsOfAsync(app, zone)).Single();
        Assert.Equal((BookingStatus.Cancelled, "Project moved to Friday"), (booking.Status, booking.StatusReason));
        var rebooked = await other.SubmitAsync($"/zones/{zone}/book", "Book it", BookingArrange.Slot(day, new TimeOnly(11, 0), 60));
        Assert.Equal(HttpStatusCode.Redirect, rebooked.StatusCode);
    }

    private Task StrictLimitsAsync() =>
        app.WithDbAsync(async db =>
        {
            var limits = await db.BookingLimits.SingleOrDefaultAsync(row => row.Element == EcosystemElement.PhysicalSpace);
            if (limits is null)
            {
                limits = new BookingLimits { Element = EcosystemElement.PhysicalSpace };
                db.BookingLimits.Add(limits);
            }

            (limits.MaxHoursPerDay, limits.MaxHoursPerWeek, limits.MaxOpenBookings) = (2, 6, 3);
            await db.SaveChangesAsync();
        });

    private static DateOnly NextWeekday(DayOfWeek day)
    {
        var date = BookingTestData.SoonDay(1);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The next day New York's clocks jump from 2:00 to 3:00 AM.</summary>
    private static DateOnly NextSpringForward()
    {
        var date = BookingTestData.SoonDay(1);
        while (!BookingTestData.SchoolZone.IsInvalidTime(date.ToDateTime(new TimeOnly(2, 30))))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}

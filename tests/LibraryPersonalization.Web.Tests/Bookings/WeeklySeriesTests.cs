using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Web.Tests.Bookings.BookingTestData;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>Staff book the same time every week: a preview names each date that cannot be booked, saving books the rest as one series.</summary>
[Collection(JourneySteps.Collection)]
public class WeeklySeriesTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_teacher_previews_a_weekly_series_sees_the_closed_date_and_books_the_dates_still_free_as_one_series()
    {
        var studio = await AddResourceAsync(app, EcosystemElement.MediaLab, "Weekly podcast booth", seats: 1);
        var first = SoonDay(2);
        await app.WithDbAsync(async db =>
        {
            db.Set<ClosedDate>().Add(new ClosedDate { ResourceId = studio, Date = first.AddDays(7), Reason = "Exam day" });
            await db.SaveChangesAsync();
        });
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        var form = (await teacher.OpenFormAsync($"/media-lab/{studio}/book", "Book it"))
            .Fill(new Dictionary<string, string> { ["Date"] = Iso(first), ["Start time"] = "10:00", ["How long"] = "1 h", ["Until"] = Iso(first.AddDays(21)) })
            .Check("Repeat weekly");
        var previewResponse = await form.SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, previewResponse.StatusCode);
        var preview = await BodyAsync(previewResponse);
        var rows = TableRows(preview);
        Assert.Equal(4, rows.Count);
        Assert.Contains("Not booked: Weekly podcast booth is closed on", rows[1], StringComparison.Ordinal);
        Assert.Contains("Exam day", rows[1], StringComparison.Ordinal);
        Assert.All(new[] { rows[0], rows[2], rows[3] }, row => Assert.Contains("OK", row, StringComparison.Ordinal));
        Assert.Empty(await BookingsOfAsync(app, studio));

        await AddBookingAsync(app, studio, LibraryAppFactory.Librarian, first.AddDays(14), new TimeOnly(10, 30), 30);
        var saved = await WebForm.Find(preview, $"/media-lab/{studio}/book", "Book the 3 free dates", browser: teacher).SubmitAsync();

        var mine = await teacher.FollowAsync(saved);
        Assert.Contains("Weekly podcast booth is booked every", mine, StringComparison.Ordinal);
        Assert.Contains("Skipped, because they cannot be booked now:", mine, StringComparison.Ordinal);
        Assert.Contains("no longer available at that time", mine, StringComparison.Ordinal);
        var teacherId = await app.UserIdAsync(LibraryAppFactory.Teacher);
        var series = (await BookingsOfAsync(app, studio)).Where(booking => booking.HolderId == teacherId).OrderBy(booking => booking.Start).ToList();
        Assert.Equal([Calendar.ToInstant(first, new TimeOnly(10, 0)), Calendar.ToInstant(first.AddDays(21), new TimeOnly(10, 0))], series.Select(booking => (DateTimeOffset?)booking.Start));
        Assert.All(series, booking => Assert.Equal(BookingStatus.Confirmed, booking.Status));
        Assert.NotNull(series[0].SeriesId);
        Assert.Equal(series[0].SeriesId, series[1].SeriesId);
    }

    [Fact]
    public async Task A_series_longer_than_26_weeks_comes_back_to_the_form_with_the_reason()
    {
        var studio = await AddResourceAsync(app, EcosystemElement.MediaLab, "Long series booth", seats: 1);
        var first = SoonDay(2);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        var response = await (await teacher.OpenFormAsync($"/media-lab/{studio}/book", "Book it"))
            .Fill(new Dictionary<string, string> { ["Date"] = Iso(first), ["Start time"] = "10:00", ["Until"] = Iso(first.AddDays(7 * 26)) })
            .Check("Repeat weekly")
            .SubmitAsync();

        var page = await BodyAsync(response);
        Assert.Contains("A weekly series runs for at most 26 weeks.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"RepeatWeekly\" name=\"repeatWeekly\" value=\"true\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.Empty(await BookingsOfAsync(app, studio));
    }

    [Fact]
    public async Task A_student_never_sees_the_weekly_option_and_forged_weekly_posts_are_refused_with_nothing_written()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Student weekly zone", seats: 5);
        var first = SoonDay(2);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var bookingForm = $"/zones/{zone}/book";
        Assert.DoesNotContain("repeatWeekly", await student.GetPageAsync(bookingForm), StringComparison.Ordinal);
        var weekly = new Dictionary<string, string>
        {
            ["Date"] = Iso(first), ["Start"] = "10:00", ["Minutes"] = "30", ["repeatWeekly"] = "true", ["repeatUntil"] = Iso(first.AddDays(14)), ["RepeatUntil"] = Iso(first.AddDays(14)),
        };

        var preview = await student.ForgePostAsync(bookingForm, bookingForm, weekly);
        var save = await student.ForgePostAsync(bookingForm, $"/zones/{zone}/book-weekly", weekly);

        Assert.Equal(HttpStatusCode.Forbidden, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Empty(await BookingsOfAsync(app, zone));
    }
}

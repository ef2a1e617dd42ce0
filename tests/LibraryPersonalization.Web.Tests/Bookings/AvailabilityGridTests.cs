using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Web.Tests.Bookings.BookingTestData;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>The day and week grid of one resource: each slot says in words how many seats are free, counted as the seat rule counts them.</summary>
[Collection(JourneySteps.Collection)]
public class AvailabilityGridTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task Overlapping_bookings_make_slots_free_partly_full_or_full_and_only_free_future_slots_link_to_the_prefilled_form()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Grid zone", seats: 4);
        var day = SoonDay();
        await AddBookingAsync(app, zone, LibraryAppFactory.Teacher, day, new TimeOnly(10, 0), 60, seats: 2);
        await AddBookingAsync(app, zone, LibraryAppFactory.OtherStudent, day, new TimeOnly(10, 30), 60);
        await AddBookingAsync(app, zone, LibraryAppFactory.Librarian, day, new TimeOnly(12, 0), 30, seats: 4);
        await AddBookingAsync(app, zone, LibraryAppFactory.Librarian, day, new TimeOnly(9, 30), 30, seats: 4, status: BookingStatus.Cancelled);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var page = await student.ReadPageAsync($"/zones/{zone}?date={Iso(day)}");

        Assert.Equal("Free: 4 of 4 seats free", CellText(page, "9:30 AM", 1));
        Assert.Equal("Partly full: 2 of 4 seats free", CellText(page, "10:00 AM", 1));
        Assert.Equal("Partly full: 1 of 4 seats free", CellText(page, "10:30 AM", 1));
        Assert.Equal("Partly full: 3 of 4 seats free", CellText(page, "11:00 AM", 1));
        Assert.Equal("Full: 0 of 4 seats free", CellText(page, "12:00 PM", 1));
        Assert.Null(Cell(page, "12:00 PM", 1).QuerySelector("a"));
        var link = Cell(page, "10:30 AM", 1).QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal($"/zones/{zone}/book?date={Iso(day)}&start=10:30", link);

        var form = await student.ReadPageAsync(link);
        Assert.Contains($"value=\"{Iso(day)}\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"10:30\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_buffer_after_a_booking_counts_the_next_slot_as_taken()
    {
        var studio = await AddResourceAsync(app, EcosystemElement.MediaLab, "Buffered booth", seats: 1, bufferMinutes: 15);
        var day = SoonDay(4);
        await AddBookingAsync(app, studio, LibraryAppFactory.Teacher, day, new TimeOnly(10, 0), 60);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        var page = await teacher.ReadPageAsync($"/media-lab/{studio}?date={Iso(day)}");

        Assert.Equal("Full: 0 of 1 seat free", CellText(page, "9:30 AM", 1));
        Assert.Equal("Full: 0 of 1 seat free", CellText(page, "11:00 AM", 1));
        Assert.Equal("Free: 1 of 1 seat free", CellText(page, "11:30 AM", 1));
    }

    [Fact]
    public async Task A_closed_date_shows_its_reason_in_the_week_and_the_day_and_has_no_slots_to_book()
    {
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Closing zone", seats: 2);
        var closed = SoonDay(5);
        await app.WithDbAsync(async db =>
        {
            db.Set<ClosedDate>().Add(new ClosedDate { ResourceId = zone, Date = closed, Reason = "Staff training day" });
            await db.SaveChangesAsync();
        });
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var week = await student.ReadPageAsync($"/zones/{zone}?week={Iso(closed)}");
        var column = Columns(week).IndexOf(Columns(week).Single(header => header.StartsWith(closed.ToString("dddd, MMM d", System.Globalization.CultureInfo.GetCultureInfo("en-US")), StringComparison.Ordinal)));
        Assert.Contains("Closed: Staff training day", Columns(week)[column], StringComparison.Ordinal);
        Assert.Equal("Closed", CellText(week, "10:00 AM", column));
        Assert.Equal(8, Columns(week).Count);

        var dayPage = await student.ReadPageAsync($"/zones/{zone}?date={Iso(closed)}");
        Assert.Contains("Closed: Staff training day", dayPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", dayPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_week_the_clocks_spring_forward_shows_every_booking_at_its_school_time()
    {
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Daylight zone", seats: 2);
        await app.WithDbAsync(async db =>
        {
            var holder = await db.Users.SingleAsync(user => user.Email == LibraryAppFactory.Teacher);
            foreach (var utcStart in new[] { new DateTimeOffset(2027, 3, 13, 15, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 14, 14, 0, 0, TimeSpan.Zero) })
            {
                db.Bookings.Add(new Booking
                {
                    ResourceId = zone, HolderId = holder.Id, HolderName = holder.DisplayName, BookedById = holder.Id,
                    Start = utcStart, End = utcStart.AddHours(1), Status = BookingStatus.Confirmed, CreatedAt = DateTimeOffset.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        });
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var page = await student.ReadPageAsync($"/zones/{zone}?week=2027-03-10");

        var columns = Columns(page);
        Assert.Equal("Monday, Mar 8", columns[1]);
        var (saturday, sunday) = (columns.IndexOf("Saturday, Mar 13"), columns.IndexOf("Sunday, Mar 14"));
        Assert.Equal("Partly full: 1 of 2 seats free", CellText(page, "10:00 AM", saturday));
        Assert.Equal("Partly full: 1 of 2 seats free", CellText(page, "10:00 AM", sunday));
        Assert.Equal("Free: 2 of 2 seats free", CellText(page, "11:00 AM", saturday));
        Assert.Equal("Free: 2 of 2 seats free", CellText(page, "9:00 AM", sunday));
    }

    [Fact]
    public async Task Past_slots_are_not_links_and_the_day_view_leads_to_the_days_around_it()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var zone = await AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Yesterday zone", seats: 3);
        var yesterday = SoonDay(-1);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var page = await student.ReadPageAsync($"/zones/{zone}?date={Iso(yesterday)}");

        Assert.Equal("Free: 3 of 3 seats free (past)", CellText(page, "10:00 AM", 1));
        Assert.Empty(Document(page).QuerySelectorAll("table a"));
        Assert.Contains($"href=\"/zones/{zone}?date={Iso(yesterday.AddDays(1))}\">Next day</a>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/zones/{zone}?date={Iso(yesterday.AddDays(-1))}\">Previous day</a>", page, StringComparison.Ordinal);
        var area = await student.ReadPageAsync("/zones");
        Assert.Contains($"href=\"/zones/{zone}\">Free times this week", area, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_media_lab_studio_has_no_grid_among_the_learning_zones()
    {
        var studio = await AddResourceAsync(app, EcosystemElement.MediaLab, "Not a zone", seats: 1);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        Assert.Equal(HttpStatusCode.NotFound, (await student.GetAsync($"/zones/{studio}")).StatusCode);
    }

    private static IDocument Document(string page) => new HtmlParser().ParseDocument(page);

    /// <summary>The column headers as a screen reader announces them, the time column first.</summary>
    private static List<string> Columns(string page) =>
        Document(page).QuerySelectorAll("table.slots thead th").Select(header => Normalize(header.TextContent)).ToList();

    /// <summary>The slot cell in the row headed <paramref name="time"/> and the column <paramref name="column"/> of <see cref="Columns"/>.</summary>
    private static IElement Cell(string page, string time, int column)
    {
        var row = Document(page).QuerySelectorAll("table.slots tbody tr").SingleOrDefault(candidate => Normalize(candidate.QuerySelector("th[scope=row]")!.TextContent) == time);
        Assert.True(row is not null, $"No row for {time}");
        return row.QuerySelectorAll("td")[column - 1];
    }

    /// <summary>What a screen reader says for the cell, without the link's hidden booking hint.</summary>
    private static string CellText(string page, string time, int column)
    {
        var cell = Cell(page, time, column);
        foreach (var hidden in cell.QuerySelectorAll(".visually-hidden, [aria-hidden=true]").ToList())
        {
            hidden.Remove();
        }

        return Normalize(cell.TextContent);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

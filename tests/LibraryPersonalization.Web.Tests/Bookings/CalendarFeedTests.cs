using System.Data.Common;
using AngleSharp.Html.Parser;
using Ical.Net.CalendarComponents;
using LibraryPersonalization.Data;
using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Journeys;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using IcsCalendar = Ical.Net.Calendar;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>A person's secret calendar URL, fetched the way a calendar app does (no cookie), and single-booking downloads.</summary>
public class CalendarFeedTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_student_creates_a_link_and_a_calendar_app_gets_their_bookings_and_nobody_elses()
    {
        var (student, other) = await TwoStudentsAsync("feedown");
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Feed quiet zone", seats: 6);
        var day = BookingTestData.SoonDay(4);
        var confirmed = await BookingTestData.AddBookingAsync(app, zone, student, day, new TimeOnly(9, 0), 60);
        var requested = await BookingTestData.AddBookingAsync(app, zone, student, day.AddDays(1), new TimeOnly(13, 30), 90, status: BookingStatus.Requested);
        var cancelled = await BookingTestData.AddBookingAsync(app, zone, student, day.AddDays(2), new TimeOnly(10, 0), 30, status: BookingStatus.Cancelled);
        var longAgo = await BookingTestData.AddBookingAsync(app, zone, student, BookingTestData.SoonDay(-40), new TimeOnly(9, 0), 60);
        var someoneElses = await BookingTestData.AddBookingAsync(app, zone, other, day, new TimeOnly(9, 0), 60);
        using var browser = await TestBrowser.SignedInAsync(app, student);

        Assert.Contains("You have no calendar link yet.", await browser.ReadPageAsync("/calendar"), StringComparison.Ordinal);
        var created = await browser.SubmitAsync("/calendar", "Create my calendar link");
        Assert.Contains("Your calendar link is ready. Add it to your calendar app.", await browser.FollowAsync(created), StringComparison.Ordinal);
        var url = await FeedUrlAsync(browser);

        Assert.StartsWith("http://localhost/calendar/feed/", url, StringComparison.Ordinal);
        var feed = await FetchAsync(url);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var events = IcsCalendar.Load(await feed.Content.ReadAsStringAsync())!.Events.ToDictionary(calendarEvent => calendarEvent.Uid!);
        Assert.Equal(new HashSet<string> { Uid(confirmed), Uid(requested), Uid(cancelled) }, events.Keys.ToHashSet());
        Assert.DoesNotContain(Uid(someoneElses), events.Keys);
        Assert.DoesNotContain(Uid(longAgo), events.Keys);
        Assert.Equal(("Feed quiet zone", "Feed quiet zone", "CONFIRMED"), (events[Uid(confirmed)].Summary, events[Uid(confirmed)].Location, events[Uid(confirmed)].Status));
        Assert.Equal(("Feed quiet zone (Waiting for approval)", "TENTATIVE"), (events[Uid(requested)].Summary, events[Uid(requested)].Status));
        Assert.Equal("CANCELLED", events[Uid(cancelled)].Status);
        await AssertTimesMatchAsync(events.Values);
    }

    [Fact]
    public async Task A_class_booking_says_which_class_and_how_many_and_a_declined_request_says_why()
    {
        var (holder, _) = await TwoStudentsAsync("feedclass");
        var studio = await BookingTestData.AddResourceAsync(app, EcosystemElement.MediaLab, "Feed green screen", seats: 1);
        var day = BookingTestData.SoonDay(3);
        var forClass = await BookingTestData.AddBookingAsync(app, studio, holder, day, new TimeOnly(10, 0), 60);
        var declined = await BookingTestData.AddBookingAsync(app, studio, holder, day, new TimeOnly(14, 0), 60, status: BookingStatus.Declined);
        await app.WithDbAsync(db => db.Bookings.Where(booking => booking.Id == forClass).ExecuteUpdateAsync(set => set.SetProperty(booking => booking.ClassName, "7B Science").SetProperty(booking => booking.HeadCount, 24)));
        await app.WithDbAsync(db => db.Bookings.Where(booking => booking.Id == declined).ExecuteUpdateAsync(set => set.SetProperty(booking => booking.StatusReason, "The studio is being repainted")));
        using var browser = await TestBrowser.SignedInAsync(app, holder);
        await browser.SubmitAsync("/calendar", "Create my calendar link");

        var events = await EventsAtAsync(await FeedUrlAsync(browser));

        Assert.Equal("For 7B Science, 24 people.", events[Uid(forClass)].Description);
        Assert.Equal(("Feed green screen (Declined)", "CANCELLED", "Declined: The studio is being repainted"), (events[Uid(declined)].Summary, events[Uid(declined)].Status, events[Uid(declined)].Description));
    }

    [Fact]
    public async Task Replacing_the_link_stops_the_old_one_and_the_new_one_works()
    {
        var (student, _) = await TwoStudentsAsync("feedswap");
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Feed swap zone", seats: 2);
        var booking = await BookingTestData.AddBookingAsync(app, zone, student, BookingTestData.SoonDay(2), new TimeOnly(11, 0), 30);
        using var browser = await TestBrowser.SignedInAsync(app, student);
        await browser.SubmitAsync("/calendar", "Create my calendar link");
        var oldUrl = await FeedUrlAsync(browser);

        var replaced = await browser.SubmitAsync("/calendar", "Replace link (the old one stops working)");

        Assert.Contains("Your calendar link is replaced. The old one no longer works: subscribe again with the new one.", await browser.FollowAsync(replaced), StringComparison.Ordinal);
        var newUrl = await FeedUrlAsync(browser);
        Assert.NotEqual(oldUrl, newUrl);
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(oldUrl)).StatusCode);
        Assert.Contains(Uid(booking), (await EventsAtAsync(newUrl)).Keys);
    }

    [Fact]
    public async Task Turning_the_link_off_stops_it()
    {
        var (student, _) = await TwoStudentsAsync("feedoff");
        using var browser = await TestBrowser.SignedInAsync(app, student);
        await browser.SubmitAsync("/calendar", "Create my calendar link");
        var url = await FeedUrlAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(url)).StatusCode);

        var off = await browser.SubmitAsync("/calendar", "Turn off");

        var page = await browser.FollowAsync(off);
        Assert.Contains("Your calendar link is turned off. Calendar apps subscribed to it no longer get your bookings.", page, StringComparison.Ordinal);
        Assert.Contains("You have no calendar link yet.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(url)).StatusCode);
        var userId = await app.UserIdAsync(student);
        Assert.False(await app.WithDbAsync(db => db.CalendarFeeds.AnyAsync(feed => feed.UserId == userId)));
    }

    [Fact]
    public async Task The_feed_is_read_in_one_query_however_many_bookings_and_resources_it_holds()
    {
        var (student, _) = await TwoStudentsAsync("feedcount");
        var day = BookingTestData.SoonDay(2);
        var bookings = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var resource = await BookingTestData.AddResourceAsync(app, EcosystemElement.MediaLab, $"Feed count studio {i}", seats: 1);
            bookings.Add(await BookingTestData.AddBookingAsync(app, resource, student, day.AddDays(i), new TimeOnly(9, 0), 60));
            bookings.Add(await BookingTestData.AddBookingAsync(app, resource, student, day.AddDays(i), new TimeOnly(15, 0), 30, status: BookingStatus.Requested));
        }

        using var browser = await TestBrowser.SignedInAsync(app, student);
        await browser.SubmitAsync("/calendar", "Create my calendar link");
        var url = await FeedUrlAsync(browser);
        var commands = new CommandCounter();
        await using var countingApp = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<LibraryDbContext>(options => options.AddInterceptors(commands))));
        using var calendarApp = countingApp.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        commands.Reset();

        var feed = await calendarApp.GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(bookings.Select(Uid).ToHashSet(), IcsCalendar.Load(await feed.Content.ReadAsStringAsync())!.Events.Select(calendarEvent => calendarEvent.Uid!).ToHashSet());
        Assert.Equal(1, commands.Count);
    }

    [Fact]
    public async Task A_made_up_token_finds_no_calendar() =>
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync("http://localhost/calendar/feed/" + new string('A', 43) + ".ics")).StatusCode);

    [Fact]
    public async Task The_holder_and_the_librarian_download_a_booking_and_another_student_is_told_there_is_none()
    {
        var (student, other) = await TwoStudentsAsync("feedics");
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Feed download zone", seats: 2);
        var booking = await BookingTestData.AddBookingAsync(app, zone, student, BookingTestData.SoonDay(3), new TimeOnly(15, 0), 60);
        using var holder = await TestBrowser.SignedInAsync(app, student);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var stranger = await TestBrowser.SignedInAsync(app, other);

        foreach (var allowed in new[] { holder, librarian })
        {
            var download = await allowed.GetAsync($"/bookings/{booking}/ics");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("text/calendar", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"booking-{booking}.ics", download.Content.Headers.ContentDisposition?.FileName);
            var only = Assert.Single(IcsCalendar.Load(await download.Content.ReadAsStringAsync())!.Events);
            Assert.Equal(Uid(booking), only.Uid);
            await AssertTimesMatchAsync([only]);
        }

        var refused = await stranger.GetAsync($"/bookings/{booking}/ics");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("BEGIN:VCALENDAR", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/bookings/{booking + 1000}/ics")).StatusCode);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in_for_the_calendar_page_and_downloads()
    {
        using var visitor = app.NewBrowser();

        foreach (var url in new[] { "/calendar", "/bookings/1/ics" })
        {
            Assert.Equal("/account/login", new Uri(new Uri("http://localhost"), JourneySteps.RedirectTarget(await visitor.GetAsync(url))).AbsolutePath);
        }
    }

    private static string Uid(int bookingId) => $"booking-{bookingId}@library-personalization";

    private async Task<(string Student, string Other)> TwoStudentsAsync(string prefix)
    {
        var students = await BookingTestData.AddStudentsAsync(app, prefix, 2);
        return (students[0], students[1]);
    }

    private static async Task<string> FeedUrlAsync(TestBrowser browser)
    {
        var page = await browser.GetPageAsync("/calendar");
        var url = new HtmlParser().ParseDocument(page).QuerySelector("input#feed-url")?.GetAttribute("value");
        Assert.True(url is not null, "The calendar page shows no link");
        return url;
    }

    /// <summary>A calendar app: no cookie, the absolute URL as pasted.</summary>
    private async Task<HttpResponseMessage> FetchAsync(string url)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return await client.GetAsync(new Uri(url));
    }

    private async Task<Dictionary<string, CalendarEvent>> EventsAtAsync(string url)
    {
        var response = await FetchAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return IcsCalendar.Load(await response.Content.ReadAsStringAsync())!.Events.ToDictionary(calendarEvent => calendarEvent.Uid!);
    }

    private async Task AssertTimesMatchAsync(IEnumerable<CalendarEvent> events)
    {
        foreach (var calendarEvent in events)
        {
            var id = int.Parse(calendarEvent.Uid!.Split('@')[0]["booking-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            var stored = await app.WithDbAsync(db => db.Bookings.AsNoTracking().SingleAsync(booking => booking.Id == id));
            Assert.True(calendarEvent.DtStart!.IsUtc, $"{calendarEvent.Uid} does not start in UTC");
            Assert.Equal((stored.Start.UtcDateTime, stored.End.UtcDateTime), (calendarEvent.DtStart.AsUtc, calendarEvent.DtEnd!.AsUtc));
        }
    }

    /// <summary>Counts the commands a request sends; the catalog index warming itself as the host starts is not the feed's doing.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Reset() => Interlocked.Exchange(ref count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.Contains("CatalogIndexChanges", StringComparison.Ordinal) && !command.CommandText.Contains("\"Titles\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref count);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

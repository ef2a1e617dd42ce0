using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>
/// Twenty people posting the booking form at the same instant, through real HTTP. The per-resource row lock
/// (<c>BookingEngine.LockAsync</c>) is what makes exactly the free seats succeed; PostgreSQL runs the writers concurrently.
/// </summary>
public abstract class BookingRaceTests(LibraryAppFactory app)
{
    private const int Racers = 20;

    [Fact]
    public async Task Twenty_students_racing_for_the_last_three_seats_of_a_zone_get_exactly_three_bookings()
    {
        await app.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var zone = await BookingTestData.AddResourceAsync(app, EcosystemElement.PhysicalSpace, "Race zone", seats: 5);
        var day = BookingTestData.SoonDay();
        await BookingTestData.AddBookingAsync(app, zone, "librarian@school.test", day, new TimeOnly(10, 0), 60, seats: 2);
        var students = await BookingTestData.AddStudentsAsync(app, "zonerace", Racers);

        var responses = await RaceAsync(students, zone, "/zones", _ => (day, new TimeOnly(10, 0), 60));

        await AssertEveryoneAnsweredClearlyAsync(responses);
        Assert.Equal(3, responses.Count(response => response.StatusCode == HttpStatusCode.Redirect));
        var seats = (await BookingTestData.BookingsOfAsync(app, zone)).Where(booking => booking.HoldsSeats).Sum(booking => booking.Seats);
        Assert.Equal(5, seats);
    }

    [Fact]
    public async Task Twenty_overlapping_requests_for_a_one_seat_studio_leave_one_booking_and_no_overlap()
    {
        await app.SetVolumeAsync(EcosystemElement.MediaLab, Volume.Cocreated);
        var studio = await BookingTestData.AddResourceAsync(app, EcosystemElement.MediaLab, "Race booth", seats: 1);
        var day = BookingTestData.SoonDay(4);
        var students = await BookingTestData.AddStudentsAsync(app, "boothrace", Racers);
        (TimeOnly Start, int Minutes)[] coveringTenThirty = [(new(9, 0), 120), (new(9, 30), 90), (new(10, 0), 60), (new(10, 0), 30), (new(9, 30), 120)];

        var responses = await RaceAsync(students, studio, "/media-lab", index => (day, coveringTenThirty[index % coveringTenThirty.Length].Start, coveringTenThirty[index % coveringTenThirty.Length].Minutes));

        await AssertEveryoneAnsweredClearlyAsync(responses);
        Assert.Equal(1, responses.Count(response => response.StatusCode == HttpStatusCode.Redirect));
        var held = (await BookingTestData.BookingsOfAsync(app, studio)).Where(booking => booking.HoldsSeats).ToList();
        var booking = Assert.Single(held);
        Assert.Equal(1, BookingRules.PeakSeatsTaken(held.Select(row => new HeldTime(row.Start, row.End, row.Seats)), booking.Start, booking.End, TimeSpan.Zero));
    }

    private async Task<HttpResponseMessage[]> RaceAsync(IReadOnlyList<string> students, int resourceId, string areaPath, Func<int, (DateOnly Day, TimeOnly Start, int Minutes)> slotFor)
    {
        var browsers = new List<TestBrowser>();
        try
        {
            foreach (var email in students)
            {
                browsers.Add(await TestBrowser.SignedInAsync(app, email));
            }

            var forms = new List<WebForm>();
            for (var i = 0; i < browsers.Count; i++)
            {
                var (day, start, minutes) = slotFor(i);
                var form = await browsers[i].OpenFormAsync($"{areaPath}/{resourceId}/book", "Book it");
                forms.Add(form.Fill(new Dictionary<string, string> { ["Date"] = BookingTestData.Iso(day), ["Start time"] = start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), ["How long"] = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            }

            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = forms.Select(form => Task.Run(async () =>
            {
                await gate.Task;
                return await form.SubmitAsync();
            })).ToList();
            gate.SetResult();
            return await Task.WhenAll(running);
        }
        finally
        {
            browsers.ForEach(browser => browser.Dispose());
        }
    }

    /// <summary>Winners go to their bookings; losers see the form again saying the time is taken, never a server error.</summary>
    private static async Task AssertEveryoneAnsweredClearlyAsync(HttpResponseMessage[] responses)
    {
        Assert.Equal(Racers, responses.Length);
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.Equal("/bookings/mine", response.Headers.Location?.OriginalString);
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("is no longer available at that time", page, StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteBookingRaceTests(LibraryAppFactory app) : BookingRaceTests(app), IClassFixture<LibraryAppFactory>;

/// <summary>PostgreSQL runs the racers' transactions side by side, which SQLite's single writer never does.</summary>
[Collection(PostgresSuite.Name)]
public sealed class PostgreSqlBookingRaceTests(PostgresAppFactory app) : BookingRaceTests(app), IClassFixture<PostgresAppFactory>;

using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using LibraryPersonalization.Browser.Tests.Infrastructure;
using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Domain.Ecosystem;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LibraryPersonalization.Browser.Tests.Journeys;

/// <summary>The booking journeys of the issue, per role, in a real browser on the demo school; every page passes axe with no violation.</summary>
[Collection(BrowserSuite.Name)]
public sealed class BookingJourneyTests(LibraryBrowserFixture fixture) : IClassFixture<LibraryBrowserFixture>
{
    private static readonly SchoolCalendar Calendar = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

    [Fact]
    public async Task A_teacher_books_the_podcast_booth_for_a_class_next_tuesday()
    {
        await using var context = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.Teacher);
        var page = await context.NewPageAsync();
        var tuesday = Next(DayOfWeek.Tuesday);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Media lab" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Region, new() { Name = "Podcast booth" }).GetByRole(AriaRole.Link, new() { Name = "Book or ask for a time in Podcast booth" }).ClickAsync();
        await page.GetByLabel("Date").FillAsync(Iso(tuesday));
        await page.GetByLabel("Start time").FillAsync("08:30");
        await page.GetByLabel("How long").SelectOptionAsync(new SelectOptionValue { Label = "1 h" });
        await page.GetByLabel("Class name").FillAsync("English 9A");
        await page.GetByLabel("Head count").FillAsync("22");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Book it" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/bookings/mine$"));
        await Expect(page.Flash()).ToContainTextAsync("Podcast booth is booked for English 9A");
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "For English 9A (22 people)" })).ToContainTextAsync(tuesday.ToString("ddd, MMM d", CultureInfo.GetCultureInfo("en-US")) + ", 8:30 AM to 9:30 AM");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_student_at_cocreated_asks_for_the_collaboration_tables_the_librarian_approves_and_the_student_sees_it_booked()
    {
        await fixture.App.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        var day = Next(DayOfWeek.Wednesday);
        await using var studentContext = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.Student);
        var student = await studentContext.NewPageAsync();

        await student.GotoAsync("/zones");
        await student.GetByRole(AriaRole.Region, new() { Name = "Collaboration tables" }).GetByRole(AriaRole.Link, new() { Name = "Book or ask for a time in Collaboration tables" }).ClickAsync();
        await Expect(student.GetByRole(AriaRole.Button, new() { Name = "Book it" })).ToHaveCountAsync(0);
        await student.GetByLabel("Date").FillAsync(Iso(day));
        await student.GetByLabel("Start time").FillAsync("15:30");
        await student.GetByLabel("How long").SelectOptionAsync(new SelectOptionValue { Label = "1 h" });
        await student.GetByLabel("Note for staff (optional)").FillAsync("Science fair team meeting");
        await student.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await Expect(student.Flash()).ToContainTextAsync("You asked for Collaboration tables");
        await Expect(student.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Collaboration tables" })).ToContainTextAsync("Waiting for approval");

        await using var librarianContext = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.Librarian);
        var librarian = await librarianContext.NewPageAsync();
        await librarian.GotoAsync("/bookings/approvals?area=zones");
        var request = librarian.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Science fair team meeting" });
        await Expect(request).ToContainTextAsync("Maya Chen");
        await AssertAccessibleAsync(librarian);
        await request.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(librarian.Flash()).ToBeVisibleAsync();
        await Expect(librarian.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Science fair team meeting" })).ToHaveCountAsync(0);

        await student.GotoAsync("/bookings/mine");
        await Expect(student.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Collaboration tables" })).ToContainTextAsync("Booked");
        await AssertAccessibleAsync(student);
    }

    [Fact]
    public async Task A_student_at_student_generated_books_a_zone_directly_and_checks_in_from_its_qr_page()
    {
        await fixture.App.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.StudentGenerated);
        var zoneId = await DropInZoneAsync();
        var now = Calendar.ToLocal(DateTimeOffset.UtcNow);
        var start = now.AddMinutes(5 - (now.Minute % 5)).AddSeconds(-now.Second);
        start = start - now < TimeSpan.FromMinutes(1) ? start.AddMinutes(5) : start;
        await using var context = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.OtherStudent);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/zones/{zoneId}/book");
        await page.GetByLabel("Date").FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time").FillAsync(start.ToString("HH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("How long").SelectOptionAsync(new SelectOptionValue { Label = "30 minutes" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Book it" }).ClickAsync();
        await Expect(page.Flash()).ToContainTextAsync("Drop-in zone is booked for you");

        await page.GotoAsync($"/zones/{zoneId}/check-in");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in" }).ClickAsync();

        await Expect(page.GetByTestId("check-in-message")).ToContainTextAsync("You are checked in to Drop-in zone");
        await page.GotoAsync("/bookings/mine");
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Drop-in zone" })).ToContainTextAsync("Checked in");
    }

    /// <summary>A zone open around the clock in five-minute slots, so the journey can book a time that starts within the check-in window.</summary>
    private Task<int> DropInZoneAsync() =>
        fixture.App.WithDbAsync(async db =>
        {
            var zone = new BookableResource { Element = EcosystemElement.PhysicalSpace, Name = "Drop-in zone", Purpose = "Walk in and work.", Seats = 10, SlotMinutes = 5, LongestBookingMinutes = 60, BookingWindowDays = 7 };
            zone.Hours.AddRange(Enum.GetValues<DayOfWeek>().Select(day => new OpeningHours { Day = day, Opens = TimeOnly.MinValue, Closes = new TimeOnly(23, 55) }));
            db.BookableResources.Add(zone);
            await db.SaveChangesAsync();
            return zone.Id;
        });

    /// <summary>The next such weekday at least two days away, so lead times and today's hours never get in the way.</summary>
    private static DateOnly Next(DayOfWeek day)
    {
        var date = Calendar.DateOf(DateTimeOffset.UtcNow).AddDays(2);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var scan = await page.RunAxe();
        Assert.True(scan.Violations.Length == 0, $"axe on {page.Url}:\n{string.Join("\n", scan.Violations.Select(violation => $"[{violation.Impact}] {violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}"))}");
    }
}

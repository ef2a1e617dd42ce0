using System.Globalization;
using LibraryPersonalization.Browser.Tests.Infrastructure;
using LibraryPersonalization.Domain.Ecosystem;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LibraryPersonalization.Browser.Tests.Pages;

/// <summary>
/// The week grid on a 375 px phone: the page never scrolls sideways, the week scrolls inside its own named region
/// that the keyboard can reach and scroll, and the screenshot of it is kept as artifacts/screenshots/grid-week-375.png.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class AvailabilityGridPhoneTests(LibraryBrowserFixture fixture) : IClassFixture<LibraryBrowserFixture>
{
    [Fact]
    public async Task The_week_grid_scrolls_inside_its_own_region_on_a_phone_and_reads_each_slot_in_words()
    {
        await fixture.App.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        var zone = await BookingArrange.ZoneAsync(fixture.App);
        await using var signedIn = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.Student);
        await using var phone = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.RootUri.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 740 },
            IsMobile = true,
            Locale = "en-US",
            StorageState = await signedIn.StorageStateAsync(),
        });
        var page = await phone.NewPageAsync();
        var tuesday = BookingArrange.NextMonday.AddDays(1).ToString("dddd, MMM d", CultureInfo.GetCultureInfo("en-US"));

        await page.GotoAsync($"/zones/{zone}?week={BookingArrange.NextMonday:yyyy-MM-dd}");

        var region = page.GetByRole(AriaRole.Region, new() { Name = $"{BookingArrange.ZoneName}, Week of" });
        await Expect(region).ToBeVisibleAsync();
        var table = region.GetByRole(AriaRole.Table);
        await Expect(table.GetByRole(AriaRole.Cell, new() { Name = "Partly full: 3 of 16 seats free" })).ToHaveCountAsync(1);
        await Expect(table.GetByRole(AriaRole.Cell, new() { Name = "Full: 0 of 16 seats free" })).ToHaveCountAsync(1);
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Staff training day" })).ToHaveCountAsync(1);
        await Expect(table.GetByRole(AriaRole.Link, new() { Name = $"book {tuesday} at 8:00 AM" })).ToHaveCountAsync(1);

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 375, "The grid page scrolls sideways on a 375 px phone");
        Assert.True(await region.EvaluateAsync<bool>("region => region.scrollWidth > region.clientWidth"), "The week should scroll inside its region on a phone");
        await region.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        // The browser scrolls after the key event is handled; on a busy machine that is a frame or two later.
        var scrolled = await region.EvaluateAsync<bool>("region => new Promise(done => { const started = Date.now(); (function look() { if (region.scrollLeft > 0 || Date.now() - started > 3000) { done(region.scrollLeft > 0); } else { requestAnimationFrame(look); } })(); })");
        Assert.True(scrolled, "The keyboard does not scroll the week");

        var screenshot = Screenshots.PathFor("grid-week-375");
        File.Delete(screenshot);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot) is { Exists: true, Length: > 0 }, $"No screenshot at {screenshot}");
    }
}

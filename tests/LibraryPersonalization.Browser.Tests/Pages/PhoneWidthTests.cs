using System.Globalization;
using Deque.AxeCore.Playwright;
using LibraryPersonalization.Browser.Tests.Infrastructure;
using LibraryPersonalization.Domain.Auditing;
using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Domain.Catalog;
using LibraryPersonalization.Domain.Ecosystem;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LibraryPersonalization.Browser.Tests.Pages;

/// <summary>
/// On a 375 px phone every main page fits the screen for each role: nothing makes the page scroll sideways
/// (wide tables stack into cards), the header leaves room for the page, and axe finds nothing serious or critical.
/// Screenshots land in artifacts/screenshots/phone-*.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PhoneWidthTests(LibraryBrowserFixture fixture) : IClassFixture<LibraryBrowserFixture>
{
    private const int PhoneWidth = 375;
    private const int PhoneHeight = 740;

    private static readonly string[] EveryonesPages =
    [
        "/", "/catalog", "/catalog/{title}", "/requests", "/requests/{request}", "/requests/criteria", "/requests/new",
        "/shelves", "/shelves/new", "/shelves/{shelf}", "/ecosystem",
    ];

    private static readonly Dictionary<string, string[]> PagesFor = new()
    {
        [LibraryBrowserFixture.Student] = [.. EveryonesPages, "/bookings/mine", "/media-lab/{studio}/check-in"],
        [LibraryBrowserFixture.Teacher] = [.. EveryonesPages, "/moderation", "/bookings/mine", "/zones/{zone}/qr"],
        [LibraryBrowserFixture.Librarian] = [.. EveryonesPages, "/moderation", "/accounts", "/accounts/new", "/collection/settings", "/audit", "/zones/{zone}/qr", "/zones/{zone}/check-in"],
    };

    /// <summary>What sticks out past the right edge of the screen, to say what to fix.</summary>
    private const string WiderThanTheScreenScript = """
        width => [...document.querySelectorAll('body *')]
          .filter(element => element.getBoundingClientRect().right > width + 0.5)
          .map(element => `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}${element.className ? '.' + element.className : ''} (right edge ${Math.round(element.getBoundingClientRect().right)}px)`)
          .slice(0, 8)
        """;

    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static TheoryData<string> Readers => new(PagesFor.Keys);

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Every_main_page_fits_a_375_px_phone_without_sideways_scrolling(string reader)
    {
        await fixture.App.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await RecordStaffChangeWithLongDetailsAsync();
        await using var context = await PhoneContextAsync(reader);
        var page = await context.NewPageAsync();
        var tooWide = new List<string>();
        var inaccessible = new List<string>();

        foreach (var path in PagesFor[reader])
        {
            var url = await ResolveAsync(path);
            await page.GotoAsync(url);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var slug = path == "/" ? "home" : path.Trim('/').Replace('/', '-').Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor($"phone-{reader.Split('@')[0].Split('.')[0]}-{slug}") });
            if (width > PhoneWidth)
            {
                var culprits = await page.EvaluateAsync<string[]>(WiderThanTheScreenScript, PhoneWidth);
                tooWide.Add($"{url} is {width}px wide: {string.Join(", ", culprits)}");
            }

            var scan = await page.RunAxe();
            inaccessible.AddRange(scan.Violations.Where(violation => BlockingImpacts.Contains(violation.Impact))
                .Select(violation => $"{url}: [{violation.Impact}] {violation.Id} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}"));
        }

        Assert.True(tooWide.Count == 0, $"Pages wider than {PhoneWidth}px for {reader}:\n{string.Join("\n", tooWide)}");
        Assert.True(inaccessible.Count == 0, $"Serious or critical axe violations on a phone for {reader}:\n{string.Join("\n", inaccessible)}");
    }

    [Fact]
    public async Task The_sign_in_page_fits_a_phone_and_the_header_leaves_the_screen_to_the_page()
    {
        await using var visitor = await fixture.Browser.NewContextAsync(PhoneOptions());
        var signIn = await visitor.NewPageAsync();
        await signIn.GotoAsync("/account/login");
        Assert.True(await signIn.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= PhoneWidth, "The sign-in page scrolls sideways on a phone");

        await using var librarian = await PhoneContextAsync(LibraryBrowserFixture.Librarian);
        var home = await librarian.NewPageAsync();
        await home.GotoAsync("/");
        var headerHeight = await home.EvaluateAsync<double>("() => document.querySelector('header').getBoundingClientRect().height");
        Assert.True(headerHeight <= PhoneHeight / 8.0, $"The librarian's header is {headerHeight:0}px tall on a {PhoneHeight}px phone screen");
    }

    private BrowserNewContextOptions PhoneOptions(string? storageState = null) => new()
    {
        BaseURL = fixture.App.RootUri.ToString(),
        ViewportSize = new ViewportSize { Width = PhoneWidth, Height = PhoneHeight },
        IsMobile = true,
        HasTouch = true,
        Locale = "en-US",
        StorageState = storageState,
    };

    /// <summary>Signs in at desktop size through the fixture, then carries the cookies into a phone-sized context.</summary>
    private async Task<IBrowserContext> PhoneContextAsync(string email)
    {
        await using var signedIn = await fixture.NewSignedInContextAsync(email);
        var context = await fixture.Browser.NewContextAsync(PhoneOptions(await signedIn.StorageStateAsync()));
        context.SetDefaultTimeout(10_000);
        return context;
    }

    private async Task<string> ResolveAsync(string path)
    {
        if (path.Contains("{title}", StringComparison.Ordinal))
        {
            var titleId = await fixture.App.WithDbAsync(db => db.Titles.Where(title => title.Reviews.Any(review => review.Status == ModerationStatus.Published))
                .OrderBy(title => title.Id).Select(title => title.Id).FirstAsync());
            return path.Replace("{title}", titleId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{request}", StringComparison.Ordinal))
        {
            var requestId = await fixture.App.WithDbAsync(db => db.BookRequests.Where(request => request.Title == "Legendborn").Select(request => request.Id).SingleAsync());
            return path.Replace("{request}", requestId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{studio}", StringComparison.Ordinal))
        {
            return path.Replace("{studio}", (await BookedResourceIdAsync(EcosystemElement.MediaLab, "Phone podcast booth")).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{zone}", StringComparison.Ordinal))
        {
            return path.Replace("{zone}", (await BookedResourceIdAsync(EcosystemElement.PhysicalSpace, "Phone quiet study zone")).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{shelf}", StringComparison.Ordinal))
        {
            return path.Replace("{shelf}", (await ShelfIdAsync()).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return path;
    }

    /// <summary>An audit entry with long unbroken details, the widest thing the audit log shows.</summary>
    private async Task RecordStaffChangeWithLongDetailsAsync() =>
        await fixture.App.WithDbAsync(async db =>
        {
            if (!await db.AuditEntries.AnyAsync())
            {
                var librarian = await db.Users.Where(user => user.Email == LibraryBrowserFixture.Librarian).Select(user => new { user.Id, user.DisplayName }).SingleAsync();
                db.AuditEntries.Add(new AuditEntry
                {
                    ActorId = librarian.Id,
                    ActorName = librarian.DisplayName,
                    Action = "UpdateCollectionSettings",
                    Details = "{\"CurrentTerm\":\"2026-27 Fall\",\"SelectionCriteria\":\"Books_that_reflect_our_students_and_widen_their_world_without_spaces_anywhere\"}",
                    At = DateTimeOffset.UtcNow,
                });
                await db.SaveChangesAsync();
            }

            return true;
        });

    /// <summary>A resource with a long name and a booking of the student starting in a few minutes (so check-in is open), created once.</summary>
    private Task<int> BookedResourceIdAsync(EcosystemElement element, string name) =>
        fixture.App.WithDbAsync(async db =>
        {
            if (await db.BookableResources.Where(resource => resource.Name == name).Select(resource => (int?)resource.Id).SingleOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var resource = new BookableResource { Element = element, Name = name, Purpose = "Phone-width test resource.", Seats = 2 };
            db.BookableResources.Add(resource);
            await db.SaveChangesAsync();
            var maya = await db.Users.Where(user => user.Email == LibraryBrowserFixture.Student).Select(user => new { user.Id, user.DisplayName }).SingleAsync();
            var start = DateTimeOffset.UtcNow.AddMinutes(5);
            db.Bookings.Add(new Booking { ResourceId = resource.Id, HolderId = maya.Id, HolderName = maya.DisplayName, BookedById = maya.Id, Start = start, End = start.AddHours(1), Status = BookingStatus.Confirmed, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return resource.Id;
        });

    /// <summary>A student's shelf with a few titles, created once for this fixture's app.</summary>
    private Task<int> ShelfIdAsync() =>
        fixture.App.WithDbAsync(async db =>
        {
            if (await db.Shelves.Select(shelf => (int?)shelf.Id).FirstOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var maya = await db.Users.Where(user => user.Email == LibraryBrowserFixture.Student).Select(user => new { user.Id, user.DisplayName }).SingleAsync();
            var shelf = new Shelf { Name = "Stories that stay with you", Description = "Books our readers could not put down.", CuratorId = maya.Id, CuratorName = maya.DisplayName, CreatedAt = DateTimeOffset.UtcNow };
            shelf.Items.AddRange(await db.Titles.OrderBy(title => title.Id).Take(4).Select(title => new ShelfItem { TitleId = title.Id, AddedAt = DateTimeOffset.UtcNow }).ToListAsync());
            db.Shelves.Add(shelf);
            await db.SaveChangesAsync();
            return shelf.Id;
        });
}

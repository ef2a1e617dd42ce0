using System.Globalization;
using Deque.AxeCore.Playwright;
using LibraryPersonalization.Browser.Tests.Infrastructure;
using LibraryPersonalization.Domain.Auditing;
using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Domain.Catalog;
using LibraryPersonalization.Domain.Ecosystem;
using LibraryPersonalization.Domain.HelpDesk;
using LibraryPersonalization.Domain.Tutorials;
using LibraryPersonalization.Web.Features.HelpDesk;
using LibraryPersonalization.Web.Features.Tutorials;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

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
        "/", "/catalog", "/catalog?q=harry%20poter&genre=Fantasy", "/catalog?q=hobitt", "/catalog/{title}", "/requests", "/requests/{request}", "/requests/criteria", "/requests/new",
        "/shelves", "/shelves/new", "/shelves/{shelf}", "/ecosystem",
        "/zones", "/media-lab", "/zones/{zone}", "/zones/{zone}?date={day}", "/zones/{zone}/book", "/bookings/{booking}/change",
    ];

    private static readonly string[] ZoneStaffPages = ["/bookings/approvals", "/zones/today", "/zones/proposals", "/zones/{zone}/assign"];

    /// <summary>Help Center pages everyone opens; {ticket} is Maya's answered demo question, which staff see too.</summary>
    private static readonly string[] HelpPages = ["/help", "/help/ask", "/help/faq", "/help/faq?q=print", "/help/tickets/{ticket}"];

    /// <summary>
    /// Tutorial pages everyone opens at Student-generated, where students write too; {tutorial} is a published student tutorial
    /// with a long link, a wide code line and a table, edited once (<see cref="WideTutorialAsync"/>).
    /// </summary>
    private static readonly string[] TutorialPages = ["/tutorials", "/tutorials?topic=research", "/tutorials?q=folder", "/tutorials/{tutorial}", "/tutorials/requests", "/tutorials/new"];

    private static readonly string[] TutorialStaffPages =
    [
        "/tutorials?drafts=true", "/tutorials/{tutorial}/edit", "/tutorials/{tutorial}/history", "/tutorials/{tutorial}/compare?from=1&to=2", "/tutorials/{tutorial}/history/1/restore",
    ];

    private static readonly Dictionary<string, string[]> PagesFor = new()
    {
        [LibraryBrowserFixture.Student] = [.. EveryonesPages, "/zones/proposals", "/calendar", "/bookings/mine", "/media-lab/{studio}/check-in",
            .. HelpPages, "/help/peer", "/help/faq/suggest", .. TutorialPages, "/tutorials?drafts=true", "/tutorials/{draft}"],
        [LibraryBrowserFixture.Teacher] = [.. EveryonesPages, "/moderation", .. ZoneStaffPages, "/bookings/mine", "/zones/{zone}/qr", .. HelpPages, "/help/queue",
            .. TutorialPages, .. TutorialStaffPages],
        [LibraryBrowserFixture.Librarian] = [.. EveryonesPages, "/catalog/new", "/catalog/{title}/edit", "/moderation", "/accounts", "/accounts/new", "/collection/settings", "/audit",
            "/resources", "/resources/new?element=MediaLab", "/resources/{resource}/edit", "/resources/{resource}/retire",
            "/resources/{resource}/closures?date={soon}&reason=Exam%20day", "/booking-limits",
            .. ZoneStaffPages, "/bookings/approvals?area=media-lab", "/media-lab/today", "/zones/{zone}/qr", "/zones/{zone}/check-in",
            .. HelpPages, "/help/queue", "/help/canned", "/help/canned/{canned}/delete", "/help/faq/review", "/help/figures",
            "/help/tickets/{ticket}/merge?into={shared-ticket}", "/help/tickets/{resolved-ticket}/promote",
            .. TutorialPages, .. TutorialStaffPages, "/tutorials/{tutorial}/unpublish"],
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
        await fixture.App.SetVolumeAsync(EcosystemElement.PhysicalSpace, Volume.Cocreated);
        // Student-generated opens every Help Center page: the teachers' queue (from Cocreated) and peer help for students.
        await fixture.App.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.StudentGenerated);
        // Student-generated lets students write tutorials as well as rate, comment and ask for them.
        await fixture.App.SetVolumeAsync(EcosystemElement.TutorialsAndDemos, Volume.StudentGenerated);
        await ZoneWithRequestsAsync();
        await WideTutorialAsync();
        await FaqSuggestionWithLongWordsAsync();
        await RecordStaffChangeWithLongDetailsAsync();
        await using var context = await PhoneContextAsync(reader);
        var page = await context.NewPageAsync();
        var tooWide = new List<string>();
        var inaccessible = new List<string>();
        var notShown = new List<string>();

        foreach (var path in PagesFor[reader])
        {
            var url = await ResolveAsync(path, reader);
            var response = await page.GotoAsync(url);
            if (response!.Status != 200)
            {
                notShown.Add($"{url} answered {response.Status}");
            }

            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var slug = path == "/" ? "home" : path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-').Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
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

        Assert.True(notShown.Count == 0, $"Pages {reader} should see but was not shown:\n{string.Join("\n", notShown)}");
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

    /// <summary>The site's own tables stack into cards on a phone, their column names taken off screen; a table in a tutorial has no labels to stand in for them, so it stays a table.</summary>
    [Fact]
    public async Task A_table_in_a_tutorial_keeps_its_column_names_on_screen_on_a_phone()
    {
        var tutorialId = await WideTutorialAsync();
        await using var context = await PhoneContextAsync(LibraryBrowserFixture.Student);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/tutorials/{tutorialId}");
        var headers = page.GetByRole(AriaRole.Article, new() { Name = "The tutorial" }).GetByRole(AriaRole.Table).GetByRole(AriaRole.Columnheader);
        await Expect(headers).ToHaveTextAsync(["Person", "Open", "Comment", "Edit", "Share with others"]);

        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var header in await headers.AllAsync())
        {
            boxes.Add(await header.BoundingBoxAsync() ?? throw new InvalidOperationException("A column header has no box."));
        }

        Assert.All(boxes, box => Assert.True(box.Height > 10 && box.X + box.Width <= PhoneWidth, $"A column header is {box.Width:0}x{box.Height:0}px at x {box.X:0}: off screen or clipped"));
        var rows = boxes.Select(box => Math.Round(box.Y)).Distinct().ToList();
        Assert.True(rows.Count == 1, $"The column headers stack at {string.Join(", ", rows)}px instead of sharing one row");
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

    private async Task<string> ResolveAsync(string path, string reader)
    {
        if (path.StartsWith("/tutorials/", StringComparison.Ordinal) && path.Contains('{', StringComparison.Ordinal))
        {
            var draft = await fixture.App.WithDbAsync(db => db.Tutorials().Where(tutorial => tutorial.Title == "Find primary sources for a history project").Select(tutorial => tutorial.Id).SingleAsync());
            return path.Replace("{tutorial}", (await WideTutorialAsync()).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{draft}", draft.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.StartsWith("/help/", StringComparison.Ordinal) && path.Contains('{', StringComparison.Ordinal))
        {
            return await fixture.App.WithDbAsync(async db =>
            {
                async Task<string> TicketAsync(string subject) =>
                    (await db.HelpTickets().Where(ticket => ticket.Subject == subject).Select(ticket => ticket.Id).SingleAsync()).ToString(CultureInfo.InvariantCulture);
                var canned = await db.CannedReplies().Where(reply => reply.Title == "Printing").Select(reply => reply.Id).SingleAsync();
                return path.Replace("{ticket}", await TicketAsync("Sources for my history project"), StringComparison.Ordinal)
                    .Replace("{shared-ticket}", await TicketAsync("Video export is blurry"), StringComparison.Ordinal)
                    .Replace("{resolved-ticket}", await TicketAsync("Where are the graphic novels?"), StringComparison.Ordinal)
                    .Replace("{canned}", canned.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            });
        }

        if (path.Contains("{zone}", StringComparison.Ordinal))
        {
            return path.Replace("{zone}", (await BookingArrange.ZoneAsync(fixture.App)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{day}", BookingArrange.NextMonday.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{booking}", StringComparison.Ordinal))
        {
            return path.Replace("{booking}", (await BookingArrange.BookingOfAsync(fixture.App, reader)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

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
            return path.Replace("{studio}", (await BookedStudioIdAsync()).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{zone}", StringComparison.Ordinal))
        {
            return path.Replace("{zone}", (await ZoneWithRequestsAsync()).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{resource}", StringComparison.Ordinal))
        {
            var resourceId = await fixture.App.WithDbAsync(db => db.BookableResources.Where(resource => resource.Name == "Quiet study").Select(resource => resource.Id).SingleAsync());
            var soon = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return path.Replace("{resource}", resourceId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{soon}", soon, StringComparison.Ordinal);
        }

        if (path.Contains("{shelf}", StringComparison.Ordinal))
        {
            return path.Replace("{shelf}", (await ShelfIdAsync()).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return path;
    }

    /// <summary>A student's FAQ suggestion with a long unbroken link, so the review page shows a suggestion form; created once.</summary>
    private Task<bool> FaqSuggestionWithLongWordsAsync() =>
        fixture.App.WithDbAsync(async db =>
        {
            if (!await db.FaqEntries().AnyAsync(entry => entry.Status == FaqStatus.Suggested))
            {
                var priya = await db.Users.Where(user => user.Email == "priya@school.test").Select(user => new { user.Id, user.DisplayName }).SingleAsync();
                db.FaqEntries().Add(new FaqEntry
                {
                    Question = "Where do I find the reading list for the summer, and can I read the e-books on my phone?",
                    Answer = "It is on https://library.school.test/reading-lists/summer-2026-grade-10-english-and-social-studies-combined-list and the e-books open in the reading app.",
                    Category = TicketCategory.FindingBooks,
                    Status = FaqStatus.Suggested,
                    SuggestedById = priya.Id,
                    SuggestedByName = priya.DisplayName,
                    CreatedAt = DateTimeOffset.UtcNow,
                });
                await db.SaveChangesAsync();
            }

            return true;
        });

    /// <summary>
    /// Diego's published tutorial with what is widest in a tutorial body: a long unbroken link and file name, a long code line and a
    /// five-column table; its second version changes long lines, so the diff shows them too. A reader's comment has a long link. Created once.
    /// </summary>
    private Task<int> WideTutorialAsync() =>
        fixture.App.WithDbAsync(async db =>
        {
            const string title = "Share a project folder with your group";
            if (await db.Tutorials().Where(tutorial => tutorial.Title == title).Select(tutorial => (int?)tutorial.Id).SingleOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var people = await db.Users.Where(user => user.Email == "diego@school.test" || user.Email == LibraryBrowserFixture.OtherStudent)
                .ToDictionaryAsync(user => user.Email!, user => (user.Id, user.DisplayName));
            var (diego, jonah) = (people["diego@school.test"], people[LibraryBrowserFixture.OtherStudent]);
            const string body = """
                ## Make the folder

                Open https://drive.school.test/shared/groups/grade-10-science-fair-2026/poster-drafts-and-final-versions-for-the-print-shop and choose **New folder**.

                Name the file `science_fair_poster_final_final_really_final_version_for_the_print_shop_2026.pdf` so everyone finds it.

                ```
                robocopy \library-fileserver\projects\grade-10\science-fair-2026\poster-drafts \library-fileserver\projects\grade-10\science-fair-2026inal /MIR /Z /R:3
                ```

                ## Who can do what

                | Person | Open | Comment | Edit | Share with others |
                | --- | --- | --- | --- | --- |
                | Group members | Yes | Yes | Yes | Only the group leader |
                | Teacher | Yes | Yes | No | No |
                """;
            var now = DateTimeOffset.UtcNow;
            var tutorial = new Tutorial { AuthorId = diego.Id, AuthorName = diego.DisplayName, ByStudent = true, Title = string.Empty, Summary = string.Empty, Body = string.Empty, CreatedAt = now.AddDays(-2) };
            tutorial.Revise(new(title, "Keep the group's drafts in one place that everyone can open.", body, ["research", "sharing"], null), diego.Id, diego.DisplayName, now.AddDays(-2));
            tutorial.Revise(
                new(title, "Keep the group's drafts in one folder that everyone in the group can open, comment on and edit.", body.Replace("grade-10-science-fair-2026", "grade-10-science-and-engineering-fair-2026", StringComparison.Ordinal), ["research", "sharing"], null),
                diego.Id,
                diego.DisplayName,
                now.AddDays(-1));
            tutorial.Publish(now.AddDays(-1));
            db.Tutorials().Add(tutorial);
            await db.SaveChangesAsync();
            db.TutorialComments().Add(new TutorialComment
            {
                TutorialId = tutorial.Id, AuthorId = jonah.Id, AuthorName = jonah.DisplayName, CreatedAt = now,
                Text = "Our folder is https://drive.school.test/shared/groups/grade-10-science-and-engineering-fair-2026/team-monarch-butterflies-migration-poster",
            });
            await db.SaveChangesAsync();
            return tutorial.Id;
        });

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

    /// <summary>A studio with the student's booking starting in a few minutes, so its check-in page offers "Check in"; created once.</summary>
    private Task<int> BookedStudioIdAsync() =>
        fixture.App.WithDbAsync(async db =>
        {
            if (await db.BookableResources.Where(resource => resource.Name == "Phone podcast booth").Select(resource => (int?)resource.Id).SingleOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var studio = new BookableResource { Element = EcosystemElement.MediaLab, Name = "Phone podcast booth", Purpose = "Record with two microphones.", Seats = 2 };
            db.BookableResources.Add(studio);
            await db.SaveChangesAsync();
            var maya = await db.Users.Where(user => user.Email == LibraryBrowserFixture.Student).Select(user => new { user.Id, user.DisplayName }).SingleAsync();
            var start = DateTimeOffset.UtcNow.AddMinutes(5);
            db.Bookings.Add(new Booking { ResourceId = studio.Id, HolderId = maya.Id, HolderName = maya.DisplayName, BookedById = maya.Id, Start = start, End = start.AddHours(1), Status = BookingStatus.Confirmed, CreatedAt = start });
            await db.SaveChangesAsync();
            return studio.Id;
        });

    /// <summary>A zone with a student's request waiting, a booking under way and a proposal, created once for this fixture's app.</summary>
    private Task<int> ZoneWithRequestsAsync() =>
        fixture.App.WithDbAsync(async db =>
        {
            if (await db.BookableResources.Where(resource => resource.Name == "Phone check zone").Select(resource => (int?)resource.Id).SingleOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var maya = await db.Users.Where(user => user.Email == LibraryBrowserFixture.Student).Select(user => new { user.Id, user.DisplayName }).SingleAsync();
            var zone = new BookableResource { Element = EcosystemElement.PhysicalSpace, Name = "Phone check zone", Purpose = "Group work at the big tables.", Seats = 6 };
            zone.Hours.AddRange(Enum.GetValues<DayOfWeek>().Select(day => new OpeningHours { Day = day, Opens = new TimeOnly(7, 0), Closes = new TimeOnly(20, 0) }));
            db.BookableResources.Add(zone);
            await db.SaveChangesAsync();
            var now = DateTimeOffset.UtcNow;
            db.Bookings.AddRange(
                new Booking { ResourceId = zone.Id, HolderId = maya.Id, HolderName = maya.DisplayName, BookedById = maya.Id, Start = now.AddDays(2), End = now.AddDays(2).AddHours(1), Status = BookingStatus.Requested, Note = "Science fair poster with my group", CreatedAt = now },
                new Booking { ResourceId = zone.Id, HolderId = maya.Id, HolderName = maya.DisplayName, BookedById = maya.Id, Start = now.AddMinutes(-5), End = now.AddMinutes(55), Status = BookingStatus.Confirmed, CreatedAt = now });
            db.ZoneProposals.Add(new ZoneProposal { ResourceId = zone.Id, ProposerId = maya.Id, ProposerName = maya.DisplayName, Proposal = "More outlets along the window wall, please.", CreatedAt = now });
            await db.SaveChangesAsync();
            return zone.Id;
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

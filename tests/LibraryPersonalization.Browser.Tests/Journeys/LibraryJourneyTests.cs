using System.Text.RegularExpressions;
using LibraryPersonalization.Browser.Tests.Infrastructure;
using LibraryPersonalization.Domain.Ecosystem;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LibraryPersonalization.Browser.Tests.Journeys;

/// <summary>What librarians, teachers and students do in a real browser against the real app.</summary>
[Collection(BrowserSuite.Name)]
public sealed class LibraryJourneyTests(LibraryBrowserFixture fixture) : IClassFixture<LibraryBrowserFixture>
{
    private LibraryServer App => fixture.App;

    /// <summary>The issue's acceptance journey: turning Collection up opens requests, votes and instant reviews; turning it down closes them.</summary>
    [Fact]
    public async Task Librarian_turns_collection_up_student_requests_votes_and_reviews_then_librarian_turns_it_down()
    {
        await App.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        var titleId = await App.WithDbAsync(db => db.Titles.Where(title => !title.Reviews.Any()).OrderBy(title => title.Id).Select(title => title.Id).FirstAsync());

        // The library desk computer: the librarian turns Collection up, then signs out.
        await using var desk = await fixture.NewContextAsync();
        var page = await desk.NewPageAsync();
        await page.SignInAsync(LibraryBrowserFixture.Librarian);
        await page.SetVolumeOnEcosystemPageAsync("Collection", "Student-generated", "Student-led reading term");
        await Expect(page.GetByTestId("volume-Collection")).ToHaveTextAsync("Student-generated");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Collection", Exact = true }).GetByRole(AriaRole.Listitem)
            .Filter(new() { HasText = "moved it from Librarian-generated to Student-generated" })).ToContainTextAsync("Student-led reading term");
        await page.SignOutAsync();

        // A student signs in on the same computer and suggests a book.
        await page.SignInAsync(LibraryBrowserFixture.Student);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Book requests" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Suggest a book" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/requests/new$"));
        await page.GetByLabel("Title").FillAsync("Piranesi");
        await page.GetByLabel("Author").FillAsync("Susanna Clarke");
        await page.GetByLabel("Why should the library get it?").FillAsync("Our book club loved Jonathan Strange & Mr Norrell.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/requests/\d+$"));
        await Expect(page.Flash()).ToHaveTextAsync("Your request was submitted. You can follow it here.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Piranesi");
        await Expect(page.GetByTestId("request-status")).ToHaveTextAsync("Submitted");
        await Expect(page.GetByTestId("vote-count")).ToHaveTextAsync("0");

        // ...votes for it...
        await page.GetByRole(AriaRole.Button, new() { Name = "Vote for this book" }).ClickAsync();
        await Expect(page.Flash()).ToHaveTextAsync("Your vote is counted.");
        await Expect(page.GetByTestId("vote-count")).ToHaveTextAsync("1");
        await Expect(page.GetByText("You voted for this request.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Vote for this book" })).ToHaveCountAsync(0);

        // ...and writes a 5-star review that is published at once.
        await page.GotoAsync($"/catalog/{titleId}");
        await page.GetByRole(AriaRole.Group, new() { Name = "Rating" }).GetByRole(AriaRole.Radio, new() { Name = "5 stars" }).CheckAsync();
        await page.GetByLabel("Review (optional)").FillAsync("A labyrinth of a house and a narrator you trust completely.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post review" }).ClickAsync();
        await Expect(page.Flash()).ToHaveTextAsync("Thanks! Your review is published.");
        await Expect(page.GetByTestId("my-review-status")).ToContainTextAsync("You rated this 5/5 — published.");
        var published = page.GetByRole(AriaRole.Region, new() { Name = "Reviews", Exact = true }).GetByTestId("review")
            .Filter(new() { HasText = "A labyrinth of a house" });
        await Expect(published).ToHaveCountAsync(1);
        await Expect(published).ToContainTextAsync("Maya Chen");
        // The stars are an image to assistive technology, named by the rating (not read out as five "black star" glyphs).
        await Expect(published.GetByRole(AriaRole.Img, new() { Name = "5 out of 5 stars", Exact = true })).ToHaveTextAsync("★★★★★");

        // The librarian, at her own desk, turns Collection back down.
        await using var office = await fixture.NewContextAsync();
        var librarian = await office.NewPageAsync();
        await librarian.SignInAsync(LibraryBrowserFixture.Librarian);
        await librarian.SetVolumeOnEcosystemPageAsync("Collection", "Librarian-generated");
        await Expect(librarian.GetByTestId("volume-Collection")).ToHaveTextAsync("Librarian-generated");

        // The student's next try at the request form meets the "not available" page that names the volume needed.
        var refused = await page.GotoAsync("/requests/new");
        Assert.Equal(403, refused!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not available right now");
        await Expect(page.GetByTestId("forbidden-reason")).ToContainTextAsync("Cocreated");
        await Expect(page.GetByRole(AriaRole.Main).Locator("strong", new() { HasText = "Cocreated" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Title" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Teacher_publishes_a_pending_review_and_the_student_then_sees_it_published()
    {
        await App.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        var (titleId, titleName) = await App.WithDbAsync(async db =>
        {
            var title = await db.Titles.Where(title => !title.Reviews.Any()).OrderByDescending(title => title.Id).FirstAsync();
            return (title.Id, title.Title);
        });
        const string reviewText = "The twist in chapter nine made me reread the whole thing.";

        await using var studentContext = await fixture.NewContextAsync();
        var student = await studentContext.NewPageAsync();
        await student.SignInAsync(LibraryBrowserFixture.OtherStudent);
        await student.GotoAsync($"/catalog/{titleId}");
        await student.GetByRole(AriaRole.Group, new() { Name = "Rating" }).GetByRole(AriaRole.Radio, new() { Name = "4 stars" }).CheckAsync();
        await student.GetByLabel("Review (optional)").FillAsync(reviewText);
        await student.GetByRole(AriaRole.Button, new() { Name = "Post review" }).ClickAsync();
        await Expect(student.Flash()).ToHaveTextAsync("Thanks! Your review was sent to the librarian and will appear once approved.");
        await Expect(student.GetByTestId("my-review-status")).ToContainTextAsync("waiting for the librarian's approval");
        var reviews = student.GetByRole(AriaRole.Region, new() { Name = "Reviews", Exact = true });
        await Expect(reviews.GetByText(reviewText)).ToHaveCountAsync(0);

        await using var teacherContext = await fixture.NewContextAsync();
        var teacher = await teacherContext.NewPageAsync();
        await teacher.SignInAsync(LibraryBrowserFixture.Teacher);
        await teacher.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Moderation" }).ClickAsync();
        var pending = teacher.GetByTestId("pending-review").Filter(new() { HasText = reviewText });
        await Expect(pending).ToContainTextAsync($"Jonah Brooks on {titleName}: 4/5");
        await pending.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(teacher.Flash()).ToHaveTextAsync("Review published.");
        await Expect(teacher.GetByTestId("pending-review").Filter(new() { HasText = reviewText })).ToHaveCountAsync(0);

        await student.ReloadAsync();
        await Expect(student.GetByTestId("my-review-status")).ToContainTextAsync("You rated this 4/5 — published.");
        await Expect(reviews.GetByTestId("review").Filter(new() { HasText = reviewText })).ToContainTextAsync("Jonah Brooks");
        await Expect(student.GetByTestId("average-rating")).ToHaveTextAsync("4.0 / 5");
        await student.GotoAsync("/");
        await Expect(student.GetByRole(AriaRole.Region, new() { Name = "My reviews" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = titleName }))
            .ToContainTextAsync("4/5, published");
    }

    /// <summary>A misspelt search finds the book first; a facet chosen by keyboard narrows it and can be removed again.</summary>
    [Fact]
    public async Task Student_finds_harry_potter_misspelt_then_narrows_by_a_facet_with_the_keyboard()
    {
        var potterSchoolBooks = await App.WithDbAsync(db => db.Titles.CountAsync(title => title.Series == "Harry Potter" && title.Subjects.Contains("school")));
        Assert.InRange(potterSchoolBooks, 1, 19);

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(LibraryBrowserFixture.Student);
        await page.GotoAsync("/catalog");
        var searchBox = page.GetByRole(AriaRole.Search).GetByLabel("Search title, author, ISBN, genre or subject");
        await searchBox.PressSequentiallyAsync("harry poter");
        await searchBox.PressAsync("Enter");

        var titles = page.GetByRole(AriaRole.Table).Locator("tbody td:first-child a");
        await Expect(titles.First).ToContainTextAsync("Harry Potter");
        var facets = page.GetByRole(AriaRole.Navigation, new() { Name = "Narrow the results" });
        var school = facets.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^school \\(\\d+\\)$") });
        await school.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("[?&]subject=school(&|$)"));
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Narrowed to" })).ToContainTextAsync("Subject: school");
        await Expect(titles).ToHaveCountAsync(potterSchoolBooks);
        await Expect(titles).ToContainTextAsync(Enumerable.Repeat("Harry Potter", potterSchoolBooks).ToArray());
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove the subject school" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Narrowed to" })).ToHaveCountAsync(0);
        await Expect(searchBox).ToHaveValueAsync("harry poter");
    }

    [Fact]
    public async Task Student_searches_the_catalog_by_typing_then_filters_by_genre_and_pages_through()
    {
        var fantasyCount = await App.WithDbAsync(db => db.Titles.CountAsync(title => title.Genre == "Fantasy"));
        Assert.InRange(fantasyCount, 21, 40); // two pages of 20

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(LibraryBrowserFixture.Student);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Catalog" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Catalog");

        var search = page.GetByRole(AriaRole.Search);
        var searchBox = search.GetByLabel("Search title, author, ISBN, genre or subject");
        await searchBox.PressSequentiallyAsync("Tolkien");
        await searchBox.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=Tolkien(&|$)"));
        await Expect(searchBox).ToHaveValueAsync("Tolkien");
        var rows = page.GetByRole(AriaRole.Table).Locator("tbody").GetByRole(AriaRole.Row);
        var tolkienRows = await rows.CountAsync();
        Assert.True(tolkienRows > 0, "Searching for Tolkien found nothing.");
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync($"{tolkienRows} titles found");
        foreach (var row in await rows.AllAsync())
        {
            await Expect(row.GetByRole(AriaRole.Cell).Nth(1)).ToContainTextAsync("Tolkien");
        }

        await searchBox.ClearAsync();
        await search.GetByRole(AriaRole.Combobox, new() { Name = "Genre", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Fantasy" });
        await search.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]genre=Fantasy(&|$)"));
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync($"{fantasyCount} titles found");
        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        await Expect(pager).ToContainTextAsync("Page 1 of 2");
        await Expect(pager.GetByRole(AriaRole.Link, new() { Name = "Previous" })).ToHaveCountAsync(0);
        await Expect(rows).ToHaveCountAsync(20);
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody td:nth-child(3)")).ToHaveTextAsync(Enumerable.Repeat("Fantasy", 20));
        var firstPageTitles = await page.GetByRole(AriaRole.Table).Locator("tbody td:first-child a").AllInnerTextsAsync();

        await pager.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]page=2(&|$)"));
        await Expect(pager).ToContainTextAsync("Page 2 of 2");
        await Expect(pager.GetByRole(AriaRole.Link, new() { Name = "Next" })).ToHaveCountAsync(0);
        await Expect(search.GetByRole(AriaRole.Combobox, new() { Name = "Genre", Exact = true })).ToHaveValueAsync("Fantasy");
        await Expect(rows).ToHaveCountAsync(fantasyCount - 20);
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody td:nth-child(3)")).ToHaveTextAsync(Enumerable.Repeat("Fantasy", fantasyCount - 20));
        var secondPageTitles = await page.GetByRole(AriaRole.Table).Locator("tbody td:first-child a").AllInnerTextsAsync();
        Assert.Empty(firstPageTitles.Intersect(secondPageTitles));

        await pager.GetByRole(AriaRole.Link, new() { Name = "Previous" }).ClickAsync();
        await Expect(pager).ToContainTextAsync("Page 1 of 2");
        Assert.Equal(firstPageTitles, await page.GetByRole(AriaRole.Table).Locator("tbody td:first-child a").AllInnerTextsAsync());
    }

    /// <summary>Rejecting a review asks first: dismissing the question changes nothing, accepting it rejects the review.</summary>
    [Fact]
    public async Task Rejecting_a_review_asks_for_confirmation_and_does_nothing_when_the_librarian_says_no()
    {
        await App.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        var titleId = await App.WithDbAsync(db => db.Titles.Where(title => !title.Reviews.Any()).OrderByDescending(title => title.Id).Select(title => title.Id).FirstAsync());
        await using var student = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.OtherStudent);
        var studentPage = await student.NewPageAsync();
        await studentPage.GotoAsync($"/catalog/{titleId}");
        await studentPage.GetByRole(AriaRole.Group, new() { Name = "Rating" }).GetByRole(AriaRole.Radio, new() { Name = "2 stars" }).CheckAsync();
        await studentPage.GetByLabel("Review (optional)").FillAsync("Confirm-me review text.");
        await studentPage.GetByRole(AriaRole.Button, new() { Name = "Post review" }).ClickAsync();

        await using var desk = await fixture.NewSignedInContextAsync(LibraryBrowserFixture.Librarian);
        var page = await desk.NewPageAsync();
        await page.GotoAsync("/moderation");
        var card = page.GetByTestId("pending-review").Filter(new() { HasText = "Confirm-me review text." });
        string? asked = null;
        void Dismiss(object? sender, IDialog dialog)
        {
            asked = dialog.Message;
            _ = dialog.DismissAsync();
        }

        page.Dialog += Dismiss;
        await card.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        Assert.Contains("Reject", asked, StringComparison.Ordinal);
        await Expect(card).ToBeVisibleAsync();
        Assert.Equal(1, await App.WithDbAsync(db => db.Reviews.CountAsync(review => review.TitleId == titleId && review.Status == Domain.Catalog.ModerationStatus.Pending)));

        page.Dialog -= Dismiss;
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Expect(page.Flash()).ToHaveTextAsync("Review rejected.");
        Assert.Equal(1, await App.WithDbAsync(db => db.Reviews.CountAsync(review => review.TitleId == titleId && review.Status == Domain.Catalog.ModerationStatus.Rejected)));
    }
}

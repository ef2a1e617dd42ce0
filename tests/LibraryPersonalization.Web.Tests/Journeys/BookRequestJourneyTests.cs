using System.Globalization;
using System.Text.RegularExpressions;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>At Cocreated students suggest purchases and the librarian takes each request through the workflow.</summary>
[Collection(JourneySteps.Collection)]
public class BookRequestJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private static Dictionary<string, string> Book(string title, string author, string reason = "Our book club keeps asking for it.", string? isbn = null)
    {
        var fields = new Dictionary<string, string> { ["Title"] = title, ["Author"] = author, ["Why should the library get it?"] = reason };
        if (isbn is not null)
        {
            fields["ISBN (optional)"] = isbn;
        }

        return fields;
    }

    private static Task<HttpResponseMessage> RequestAsync(TestBrowser student, Dictionary<string, string> book) =>
        student.SubmitAsync("/requests/new", "Submit request", book);

    private static async Task<string> SubmitAsync(TestBrowser student, Dictionary<string, string> book)
    {
        var response = await RequestAsync(student, book);
        var target = RedirectTarget(response);
        Assert.StartsWith("/requests/", target, StringComparison.Ordinal);
        return target;
    }

    /// <summary>The librarian opens the request and submits its "Move this request" form.</summary>
    private static Task<HttpResponseMessage> MoveAsync(TestBrowser librarian, string requestUrl, RequestStatus status, Dictionary<string, string>? extra = null) =>
        librarian.SubmitAsync(requestUrl, "Update request", new(extra ?? []) { ["New status"] = status.DisplayName() });

    [Fact]
    public async Task Submitting_an_empty_form_shows_every_message_keeps_what_was_typed_and_saves_nothing()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var before = await app.WithDbAsync(db => db.BookRequests.CountAsync());

        var response = await RequestAsync(student, new() { ["Title"] = " ", ["Author"] = "Kwame Mbalia", ["ISBN (optional)"] = "12345", ["Why should the library get it?"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BodyAsync(response);
        Assert.Contains("<h1>Suggest a book for the library</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Enter the book's title.", page, StringComparison.Ordinal);
        Assert.Contains("Tell us why the library should get this book.", page, StringComparison.Ordinal);
        Assert.Contains("An ISBN has 10 or 13 digits; leave it empty if you don't know it.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Kwame Mbalia\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"12345\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.BookRequests.CountAsync()));

        var noAuthor = await RequestAsync(student, Book("Tristan Strong Punches a Hole in the Sky", ""));
        Assert.Equal(HttpStatusCode.OK, noAuthor.StatusCode);
        var second = await BodyAsync(noAuthor);
        Assert.Contains("Enter the author.", second, StringComparison.Ordinal);
        Assert.Contains("value=\"Tristan Strong Punches a Hole in the Sky\"", second, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.BookRequests.CountAsync()));
    }

    [Theory]
    [InlineData("The Hobbit", "J.R.R. Tolkien", null)]
    [InlineData("There and Back Again", "Tolkien", "978-1-4605-0611-0")]
    [InlineData("the hobbit", "j.r.r. tolkien", null)]
    public async Task Requesting_a_book_the_library_already_has_is_refused_with_a_message(string title, string author, string? isbn)
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var student = await NewStudentAsync(app, librarian, "Hana Sato");
        var before = await app.WithDbAsync(db => db.BookRequests.CountAsync());

        var response = await RequestAsync(student, Book(title, author, isbn: isbn));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"The library already has {title}: search the catalog to find it.", await BodyAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.BookRequests.CountAsync()));
    }

    [Fact]
    public async Task A_book_whose_title_only_resembles_a_catalog_title_can_still_be_requested()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var student = await NewStudentAsync(app, librarian, "Kai Moana");

        // "_" and "%" are wildcards to SQL LIKE: they must match only themselves.
        var requestUrl = await SubmitAsync(student, Book("The H_bbit", "J.R.R. Tolkien", "A parody our drama club wants to stage."));

        Assert.Contains("<h1>The H_bbit</h1>", await student.ReadPageAsync(requestUrl), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await RequestStatusAsync(app, RequestId(requestUrl)));
    }

    [Fact]
    public async Task A_book_sharing_a_catalog_title_but_by_another_author_can_be_requested()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var student = await NewStudentAsync(app, librarian, "Lena Berg");

        var requestUrl = await SubmitAsync(student, Book("The Hobbit", "Brian Sibley", "The film guide, for our media class."));

        Assert.Contains("<h1>The Hobbit</h1>", await student.ReadPageAsync(requestUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_student_asking_for_the_same_book_in_other_words_joins_the_first_request()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var first = await NewStudentAsync(app, librarian, "Rosa Diaz");
        using var second = await NewStudentAsync(app, librarian, "Omar Farouk");

        var requestUrl = await SubmitAsync(first, Book("The Night Circus", "Erin Morgenstern"));
        var joined = await RequestAsync(second, Book("the night circus!", "ERIN  MORGENSTERN", "Magic and a mystery."));

        Assert.Equal(requestUrl, RedirectTarget(joined));
        var page = await second.FollowAsync(joined);
        Assert.Contains("Someone already asked for this book, so we added you to that request", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"requester-count\">2</strong> students asked for this, including you", page, StringComparison.Ordinal);
        var requests = await app.WithDbAsync(db => db.BookRequests.Include(request => request.Supporters)
            .Where(request => request.Author == "Erin Morgenstern" || request.Author == "ERIN  MORGENSTERN").ToListAsync());
        var request = Assert.Single(requests);
        Assert.Equal("The Night Circus", request.Title);
        Assert.Equal("Omar Farouk, Rosa Diaz", string.Join(", ", request.Supporters.Select(supporter => supporter.StudentName).Order()));
        Assert.Contains("Omar Farouk also asked for The Night Circus: it now has 2 requesters.", await first.ReadPageAsync("/"), StringComparison.Ordinal);
        var staffView = await librarian.ReadPageAsync(requestUrl);
        Assert.Contains("data-testid=\"requester-count\">2</strong> students asked for this: ", staffView, StringComparison.Ordinal);
        Assert.Contains("Rosa Diaz", staffView, StringComparison.Ordinal);
        Assert.Contains("Omar Farouk", staffView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_student_giving_the_same_isbn_with_hyphens_joins_the_first_request()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var first = await NewStudentAsync(app, librarian, "Lena Novak");
        using var second = await NewStudentAsync(app, librarian, "Ravi Mehta");

        var requestUrl = await SubmitAsync(first, Book("Piranesi", "Susanna Clarke", isbn: "9781635575637"));
        var joined = await RequestAsync(second, Book("Piranesi (hardcover)", "S. Clarke", isbn: "978-1-63557-563-7"));

        Assert.Equal(requestUrl, RedirectTarget(joined));
        Assert.Contains("data-testid=\"requester-count\">2</strong>", await second.FollowAsync(joined), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.BookRequests.CountAsync(request => request.Isbn == "9781635575637")));
        Assert.Equal(2, await app.WithDbAsync(db => db.BookRequests.Where(request => request.Isbn == "9781635575637").SelectMany(request => request.Supporters).CountAsync()));
        Assert.Contains("Ravi Mehta also asked for Piranesi", await first.ReadPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fourth_open_request_in_a_term_is_refused_with_a_clear_message()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var student = await NewStudentAsync(app, librarian, "Ivy Chen");
        var studentId = await app.WithDbAsync(db => db.Users.Where(user => user.DisplayName == "Ivy Chen").Select(user => user.Id).SingleAsync());

        await SubmitAsync(student, Book("Circe", "Madeline Miller"));
        await SubmitAsync(student, Book("Pachinko", "Min Jin Lee"));
        await SubmitAsync(student, Book("Station Eleven", "Emily St. John Mandel"));
        var fourth = await RequestAsync(student, Book("Klara and the Sun", "Kazuo Ishiguro"));

        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        var page = await BodyAsync(fourth);
        Assert.Contains("You already have 3 open requests this term, the most the library allows. You can ask for more once one is decided.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Klara and the Sun\"", page, StringComparison.Ordinal);
        Assert.Equal(3, await app.WithDbAsync(db => db.BookRequests.CountAsync(request => request.Supporters.Any(supporter => supporter.StudentId == studentId))));
        Assert.DoesNotContain("Klara and the Sun", await student.ReadPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_librarian_moves_a_request_to_received_and_every_requester_follows_it_on_their_home_page()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var first = await NewStudentAsync(app, librarian, "Mia Torres");
        using var second = await NewStudentAsync(app, librarian, "Noah Kim");
        var requestUrl = await SubmitAsync(first, Book("Elatsoe", "Darcie Little Badger"));
        RedirectTarget(await RequestAsync(second, Book("ELATSOE", "Darcie Little Badger")));
        Assert.Contains("<a href=\"" + requestUrl + "\">Elatsoe</a>: Submitted", await first.ReadPageAsync("/"), StringComparison.Ordinal);

        foreach (var status in new[] { RequestStatus.UnderReview, RequestStatus.Approved, RequestStatus.Ordered, RequestStatus.Received })
        {
            var moved = await MoveAsync(librarian, requestUrl, status);
            Assert.Contains("Request updated and requesters notified.", await librarian.FollowAsync(moved), StringComparison.Ordinal);

            var shown = status.DisplayName();
            foreach (var requester in new[] { first, second })
            {
                var home = await requester.ReadPageAsync("/");
                Assert.Contains($"<a href=\"{requestUrl}\">Elatsoe</a>: {shown}", home, StringComparison.Ordinal);
                Assert.Contains($"Your request for Elatsoe is now {shown.ToLowerInvariant()}.", home, StringComparison.Ordinal);
                Assert.Contains($"data-testid=\"request-status\">{shown}</strong>", await requester.ReadPageAsync(requestUrl), StringComparison.Ordinal);
            }
        }

        Assert.Equal(RequestStatus.Received, await RequestStatusAsync(app, RequestId(requestUrl)));
        Assert.DoesNotContain("Move this request", await librarian.ReadPageAsync(requestUrl), StringComparison.Ordinal);
        Assert.Equal(8, await app.WithDbAsync(db => db.Notifications.CountAsync(notification => notification.Link == requestUrl && notification.Message.StartsWith("Your request for Elatsoe is now"))));
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_the_chosen_reason_and_note_are_shown_to_students()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var student = await NewStudentAsync(app, librarian, "Sara Lind");
        var requestUrl = await SubmitAsync(student, Book("Dread Nation", "Justina Ireland"));

        var withoutReason = await MoveAsync(librarian, requestUrl, RequestStatus.Declined);
        Assert.Contains("Give students a reason when you decline a request.", await librarian.FollowAsync(withoutReason), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await RequestStatusAsync(app, RequestId(requestUrl)));
        Assert.Contains("data-testid=\"request-status\">Submitted</strong>", await student.ReadPageAsync(requestUrl), StringComparison.Ordinal);

        var declined = await MoveAsync(librarian, requestUrl, RequestStatus.Declined, new() { ["Decline reason (when declining)"] = "Outside the selection criteria", ["Note to students (optional)"] = "Try the public library's horror shelf." });
        RedirectTarget(declined);

        const string shown = "Outside the selection criteria. Try the public library's horror shelf.";
        var page = await student.ReadPageAsync(requestUrl);
        Assert.Contains("data-testid=\"request-status\">Declined</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"Declined because: {shown}", page, StringComparison.Ordinal);
        var home = await student.ReadPageAsync("/");
        Assert.Contains($"Your request for Dread Nation was declined: {shown}", home, StringComparison.Ordinal);
        Assert.Contains($"Dread Nation</a>: Declined ({shown})", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_librarian_adds_and_retires_decline_reasons_and_a_retired_one_leaves_the_request_page()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var student = await TestBrowser.SignedInAsync(app, "zara@school.test");
        const string reason = "Already on order for next term";
        var requestUrl = "/requests/" + await app.WithDbAsync(db => db.BookRequests.Where(request => request.Title == "Legendborn").Select(request => request.Id).SingleAsync());

        var added = await librarian.SubmitAsync("/collection/settings", "Add reason", new() { ["New reason"] = reason });
        var settings = await librarian.FollowAsync(added);
        Assert.Contains("Decline reason added.", settings, StringComparison.Ordinal);
        Assert.Contains(reason, settings, StringComparison.Ordinal);
        DeclineReasonOption(await librarian.GetPageAsync(requestUrl), reason);
        Assert.Contains(reason, await student.ReadPageAsync("/requests/criteria"), StringComparison.Ordinal);

        var retired = await librarian.SubmitAsync("/collection/settings", "Retire", near: reason);
        var afterRetiring = await librarian.FollowAsync(retired);
        Assert.Contains("Reason retired from the list.", afterRetiring, StringComparison.Ordinal);
        Assert.Contains($"{reason} (retired)", afterRetiring, StringComparison.Ordinal);

        var requestPage = Read(await librarian.GetPageAsync(requestUrl));
        Assert.DoesNotContain(reason, requestPage, StringComparison.Ordinal);
        Assert.Contains("Outside the selection criteria", requestPage, StringComparison.Ordinal);
        Assert.DoesNotContain(reason, await student.ReadPageAsync("/requests/criteria"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_librarian_lowers_the_open_request_limit_and_the_next_request_over_it_is_refused()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        try
        {
            var saved = await SaveSettingsAsync(librarian, openRequestLimit: 1);
            Assert.Contains("Collection settings saved.", await librarian.FollowAsync(saved), StringComparison.Ordinal);

            using var student = await NewStudentAsync(app, librarian, "Theo Grant");
            Assert.Contains("each student may have up to <strong>1</strong> requests", await student.ReadPageAsync("/requests/criteria"), StringComparison.Ordinal);
            await SubmitAsync(student, Book("Skyward", "Brandon Sanderson"));
            var second = await RequestAsync(student, Book("Uprooted", "Naomi Novik"));

            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Contains("You already have 1 open requests this term, the most the library allows.", await BodyAsync(second), StringComparison.Ordinal);
            Assert.Equal(0, await app.WithDbAsync(db => db.BookRequests.CountAsync(request => request.Title == "Uprooted")));

            RedirectTarget(await SaveSettingsAsync(librarian, openRequestLimit: 2));
            await SubmitAsync(student, Book("Uprooted", "Naomi Novik"));
        }
        finally
        {
            RedirectTarget(await SaveSettingsAsync(librarian, openRequestLimit: 3));
        }
    }

    [Fact]
    public async Task A_student_reads_the_published_selection_criteria()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var student = await TestBrowser.SignedInAsync(app, "noor@school.test");
        var settings = await app.WithDbAsync(db => db.CollectionSettings.SingleAsync());

        var page = await student.ReadPageAsync("/requests/criteria");

        Assert.Contains("<h1>How we choose books</h1>", page, StringComparison.Ordinal);
        Assert.Contains("serve our students' reading interests and class inquiries", page, StringComparison.Ordinal);
        Assert.Contains("cost no more than $60 per copy.", page, StringComparison.Ordinal);
        Assert.Contains($"This term ({settings.CurrentTerm}) each student may have up to <strong>3</strong> requests", page, StringComparison.Ordinal);
        Assert.Contains($"<strong>${500m.ToString("N2", CultureInfo.CurrentCulture)}</strong> budget", page, StringComparison.Ordinal);
        Assert.Contains("<li>Not suitable for our grade levels</li>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/requests/criteria\"", await student.GetPageAsync("/requests/new"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comments_show_with_their_authors_name_and_html_in_a_comment_is_shown_as_text()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var requester = await NewStudentAsync(app, librarian, "Gus Ward");
        var requestUrl = await SubmitAsync(requester, Book("Cemetery Boys", "Aiden Thomas"));
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var commented = await maya.SubmitAsync(requestUrl, "Post comment", new() { ["Add a comment"] = "<script>alert('hi')</script> <b>Yes please</b>, our GSA would read it." });
        Assert.Contains("Comment added.", await maya.FollowAsync(commented), StringComparison.Ordinal);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        RedirectTarget(await teacher.SubmitAsync(requestUrl, "Post comment", new() { ["Add a comment"] = "I would use it in English 10." }));

        var raw = await requester.GetPageAsync(requestUrl);
        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Yes please</b>", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;hi&#x27;)&lt;/script&gt;", raw, StringComparison.Ordinal);
        var comments = Regex.Matches(Read(raw), "<article class=\"card\" data-testid=\"comment\">(.*?)</article>", RegexOptions.Singleline).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(2, comments.Count);
        Assert.Contains("<strong>Maya Chen</strong>", comments[0], StringComparison.Ordinal);
        Assert.Contains("<script>alert('hi')</script> <b>Yes please</b>, our GSA would read it.", comments[0], StringComparison.Ordinal);
        Assert.Contains("<strong>Mr. Okafor</strong>", comments[1], StringComparison.Ordinal);
        Assert.Contains("I would use it in English 10.", comments[1], StringComparison.Ordinal);
        var home = await requester.ReadPageAsync("/");
        Assert.Contains("Maya Chen commented on your request for Cemetery Boys.", home, StringComparison.Ordinal);
        Assert.Contains("Mr. Okafor commented on your request for Cemetery Boys.", home, StringComparison.Ordinal);
    }

    /// <summary>The librarian saves the settings form as shown, changing only the open-request limit.</summary>
    private static Task<HttpResponseMessage> SaveSettingsAsync(TestBrowser librarian, int openRequestLimit) =>
        librarian.SubmitAsync("/collection/settings", "Save settings", new() { ["Open requests allowed per student per term"] = openRequestLimit.ToString(CultureInfo.InvariantCulture) });

    /// <summary>The value of the decline-reason option with this text in the librarian's "Move this request" form.</summary>
    private static string DeclineReasonOption(string requestPage, string text)
    {
        var match = Regex.Match(Read(requestPage), $"<option value=\"(\\d+)\">{Regex.Escape(text)}</option>");
        Assert.True(match.Success, $"\"{text}\" is not among the decline reasons");
        return match.Groups[1].Value;
    }
}

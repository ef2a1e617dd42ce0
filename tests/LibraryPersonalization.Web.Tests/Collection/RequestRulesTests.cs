using LibraryPersonalization.Web.Features.Collection;
using LibraryPersonalization.Web.Tests.Authorization;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Collection;

/// <summary>The rules a request's cost, the committee's budget and a student's open requests follow, each through the page a person uses.</summary>
[Collection(Journeys.JourneySteps.Collection)]
public class RequestRulesTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private const string Member = "amara@school.test";
    private const string CostRange = "Enter a cost between $0 and $10,000.";

    [Fact]
    public async Task The_committee_cannot_approve_without_an_estimated_cost()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, Member);
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        using var committee = await TestBrowser.SignedInAsync(app, Member);

        var refused = await committee.SubmitAsync($"/requests/{requestId}", "Approve within budget");

        Assert.Contains("Enter the estimated cost so it can come out of the student book budget.", await committee.FollowAsync(refused), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await RequestStatusAsync(app, requestId));
    }

    [Fact]
    public async Task The_committee_may_spend_exactly_what_is_left_of_the_budget()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, Member);
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        var remaining = await app.WithDbAsync(db => db.StudentBudgetRemainingAsync(CancellationToken.None));
        using var committee = await TestBrowser.SignedInAsync(app, Member);

        var approved = await committee.SubmitAsync($"/requests/{requestId}", "Approve within budget", new()
        {
            ["Estimated cost (needed to approve)"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Contains("The committee's decision is recorded and requesters notified.", await committee.FollowAsync(approved), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Approved, await RequestStatusAsync(app, requestId));
        Assert.Equal(0m, await app.WithDbAsync(db => db.StudentBudgetRemainingAsync(CancellationToken.None)));
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("10000.01")]
    public async Task Staff_cannot_give_a_cost_outside_0_to_10000_dollars(string cost)
    {
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var refused = await librarian.SubmitAsync($"/requests/{requestId}", "Update request", new() { ["New status"] = "Approved", ["Estimated cost (optional)"] = cost });

        Assert.Contains(CostRange, await librarian.FollowAsync(refused), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await RequestStatusAsync(app, requestId));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10000")]
    public async Task Staff_may_give_any_cost_from_0_to_10000_dollars(string cost)
    {
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var moved = await librarian.SubmitAsync($"/requests/{requestId}", "Update request", new() { ["New status"] = "Approved", ["Estimated cost (optional)"] = cost });

        Assert.DoesNotContain(CostRange, await librarian.FollowAsync(moved), StringComparison.Ordinal);
        Assert.Equal(
            (RequestStatus.Approved, (decimal?)decimal.Parse(cost, System.Globalization.CultureInfo.InvariantCulture)),
            await app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == requestId).Select(request => new ValueTuple<RequestStatus, decimal?>(request.Status, request.EstimatedCost)).SingleAsync()));
    }

    [Fact]
    public async Task A_staff_move_with_the_cost_left_empty_keeps_the_cost_already_estimated()
    {
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        RedirectTarget(await librarian.SubmitAsync($"/requests/{requestId}", "Update request", new() { ["New status"] = "Approved", ["Estimated cost (optional)"] = "30" }));

        var ordered = await librarian.SubmitAsync($"/requests/{requestId}", "Update request", new() { ["New status"] = "Ordered", ["Estimated cost (optional)"] = "" });

        Assert.Contains("data-testid=\"request-status\">Ordered</strong>", await librarian.FollowAsync(ordered), StringComparison.Ordinal);
        Assert.Equal(30m, await app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == requestId).Select(request => request.EstimatedCost).SingleAsync()));
    }

    [Fact]
    public async Task The_open_request_limit_counts_only_this_terms_undecided_requests()
    {
        const string student = "noor@school.test";
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await app.WithDbAsync(db => db.CollectionSettings.ExecuteUpdateAsync(setters => setters.SetProperty(settings => settings.OpenRequestLimitPerStudent, 2)));
        await RequestOfAsync(student, RequestStatus.UnderReview);
        await RequestOfAsync(student, RequestStatus.Submitted, term: "2025-26 Spring");
        await RequestOfAsync(student, RequestStatus.Approved);
        await RequestOfAsync(student, RequestStatus.Declined);
        using var noor = await TestBrowser.SignedInAsync(app, student);

        var second = await noor.SubmitAsync("/requests/new", "Submit request", NewBook("Piranesi", "Susanna Clarke"));
        Assert.Contains("Your request was submitted.", await noor.FollowAsync(second), StringComparison.Ordinal);

        var third = await noor.SubmitAsync("/requests/new", "Submit request", NewBook("Circe", "Madeline Miller"));
        Assert.Contains("You already have 2 open requests this term, the most the library allows.", await BodyAsync(third), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.BookRequests.AnyAsync(request => request.Title == "Circe")));
    }

    [Fact]
    public async Task Teachers_suggesting_purchases_are_not_held_to_the_students_open_request_limit()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        await app.WithDbAsync(db => db.CollectionSettings.ExecuteUpdateAsync(setters => setters.SetProperty(settings => settings.OpenRequestLimitPerStudent, 1)));
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);

        RedirectTarget(await teacher.SubmitAsync("/requests/new", "Submit request", NewBook("The Overstory", "Richard Powers")));
        var second = await teacher.SubmitAsync("/requests/new", "Submit request", NewBook("Braiding Sweetgrass", "Robin Wall Kimmerer"));

        Assert.Contains("Your request was submitted.", await teacher.FollowAsync(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_again_for_a_book_one_already_asked_for_is_refused_however_it_is_typed()
    {
        const string student = "tyler@school.test";
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.RaiseOpenRequestLimitAsync(app);
        using var tyler = await TestBrowser.SignedInAsync(app, student);
        var requestUrl = RedirectTarget(await tyler.SubmitAsync("/requests/new", "Submit request", NewBook("The Left Hand of Darkness", "Ursula K. Le Guin")));

        var again = await tyler.SubmitAsync("/requests/new", "Submit request", NewBook("the left hand of  darkness", "Ursula K Le Guin"));

        Assert.Contains("You have already asked for this book: it is on your home page.", await BodyAsync(again), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == RequestId(requestUrl)).SelectMany(request => request.Supporters).CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.BookRequests.CountAsync(request => request.Title.StartsWith("The Left Hand") || request.Title.StartsWith("the left hand"))));
    }

    [Fact]
    public async Task A_request_is_kept_and_shown_without_the_spaces_typed_around_it_and_its_isbn_as_digits_only()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.RaiseOpenRequestLimitAsync(app);
        var title = CollectionArrange.Unique("Spaced Title ");
        var untitledIsbn = CollectionArrange.Unique("No Isbn Title ");
        var isbn = "979" + Random.Shared.NextInt64(1_000_000_000, 10_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var term = await app.WithDbAsync(db => db.CollectionSettings.Select(settings => settings.CurrentTerm).SingleAsync());
        using var student = await TestBrowser.SignedInAsync(app, "priya@school.test");

        var withIsbn = RedirectTarget(await student.SubmitAsync("/requests/new", "Submit request", new()
        {
            ["Title"] = $"  {title}  ",
            ["Author"] = "  Spaced Author  ",
            ["ISBN (optional)"] = $" {isbn[..3]}-{isbn[3..]} ",
            ["Why should the library get it?"] = "  It is the sequel we are all waiting for.  ",
        }));
        var withoutIsbn = RedirectTarget(await student.SubmitAsync("/requests/new", "Submit request", NewBook(untitledIsbn, "Plain Author")));

        var page = await student.ReadPageAsync(withIsbn);
        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<p>by Spaced Author · ISBN {isbn} · term {term}</p>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"card prewrap\">It is the sequel we are all waiting for.</div>", page, StringComparison.Ordinal);
        Assert.Contains($"<p>by Plain Author · term {term}</p>", await student.ReadPageAsync(withoutIsbn), StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == RequestId(withIsbn)).Select(request => new { request.Title, request.Author, request.Isbn, request.Reason }).SingleAsync());
        Assert.Equal(new { Title = title, Author = "Spaced Author", Isbn = (string?)isbn, Reason = "It is the sequel we are all waiting for." }, stored);
        Assert.Null(await app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == RequestId(withoutIsbn)).Select(request => request.Isbn).SingleAsync()));
    }

    [Fact]
    public async Task A_student_who_joined_a_classmates_request_and_asks_again_is_told_they_already_asked()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.RaiseOpenRequestLimitAsync(app);
        var title = CollectionArrange.Unique("Shared Book ");
        var requestId = await CollectionArrange.FreshRequestAsync(app, title: title);
        using var kenji = await TestBrowser.SignedInAsync(app, "kenji@school.test");
        Assert.Equal(requestId, RequestId(RedirectTarget(await kenji.SubmitAsync("/requests/new", "Submit request", NewBook(title, "Requested Author")))));

        var again = await kenji.SubmitAsync("/requests/new", "Submit request", NewBook(title, "Requested Author"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("You have already asked for this book: it is on your home page.", await BodyAsync(again), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == requestId).SelectMany(request => request.Supporters).CountAsync()));
    }

    [Fact]
    public async Task A_request_a_student_joined_counts_toward_their_open_request_limit()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.RaiseOpenRequestLimitAsync(app, limit: 1);
        var title = CollectionArrange.Unique("Joined Book ");
        var requestId = await CollectionArrange.FreshRequestAsync(app, title: title);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var student = await NewStudentAsync(app, librarian, "Ines Alves");
        Assert.Equal(requestId, RequestId(RedirectTarget(await student.SubmitAsync("/requests/new", "Submit request", NewBook(title, "Requested Author")))));

        var own = await student.SubmitAsync("/requests/new", "Submit request", NewBook("Hollow Kingdom", "Kira Jane Buxton"));

        Assert.Contains("You already have 1 open requests this term, the most the library allows.", await BodyAsync(own), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.BookRequests.AnyAsync(request => request.Title == "Hollow Kingdom")));
    }

    [Fact]
    public async Task A_decline_note_over_500_characters_posted_past_the_forms_limit_is_refused_and_the_request_stays_as_it_was()
    {
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        var reasonId = await app.WithDbAsync(db => db.DeclineReasons.Where(reason => reason.IsActive).Select(reason => reason.Id).FirstAsync());
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var refused = await librarian.ForgePostAsync($"/requests/{requestId}", $"/requests/{requestId}/status", new()
        {
            ["Status"] = nameof(RequestStatus.Declined),
            ["Version"] = "0",
            ["DeclineReasonId"] = reasonId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DeclineNote"] = new string('x', 501),
        });

        Assert.Contains("Keep the note under 500 characters.", await librarian.FollowAsync(refused), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await RequestStatusAsync(app, requestId));
    }

    [Fact]
    public async Task The_form_for_a_new_request_opens_empty()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var form = await student.OpenFormAsync("/requests/new", "Submit request");

        var typed = form.Fields.Where(field => field.Key is "Title" or "Author" or "Isbn" or "Reason").ToDictionary(field => field.Key, field => field.Value);
        Assert.Equal(["Author", "Isbn", "Reason", "Title"], typed.Keys.Order());
        Assert.All(typed, field => Assert.Equal(string.Empty, field.Value));
    }

    [Fact]
    public async Task A_cost_estimated_again_on_a_later_move_replaces_the_earlier_estimate()
    {
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        RedirectTarget(await librarian.SubmitAsync($"/requests/{requestId}", "Update request", new() { ["New status"] = "Approved", ["Estimated cost (optional)"] = "30" }));

        RedirectTarget(await librarian.SubmitAsync($"/requests/{requestId}", "Update request", new() { ["New status"] = "Ordered", ["Estimated cost (optional)"] = "42.50" }));

        Assert.Equal(42.50m, await app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == requestId).Select(request => request.EstimatedCost).SingleAsync()));
    }

    [Fact]
    public async Task The_committee_cannot_approve_with_a_negative_cost_that_would_add_to_the_budget()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, Member);
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        var remaining = await app.WithDbAsync(db => db.StudentBudgetRemainingAsync(CancellationToken.None));
        using var committee = await TestBrowser.SignedInAsync(app, Member);

        var refused = await committee.SubmitAsync($"/requests/{requestId}", "Approve within budget", new() { ["Estimated cost (needed to approve)"] = "-25" });

        Assert.Contains(CostRange, await committee.FollowAsync(refused), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await RequestStatusAsync(app, requestId));
        Assert.Equal(remaining, await app.WithDbAsync(db => db.StudentBudgetRemainingAsync(CancellationToken.None)));
    }

    private static Dictionary<string, string> NewBook(string title, string author) =>
        new() { ["Title"] = title, ["Author"] = author, ["Why should the library get it?"] = "Everyone in my class wants to read it." };

    /// <summary>A request of <paramref name="student"/>'s in the given status and term (this term unless named).</summary>
    private async Task RequestOfAsync(string student, RequestStatus status, string? term = null)
    {
        var requestId = await CollectionArrange.FreshRequestAsync(app, student);
        var active = RequestWorkflow.IsActive(status);
        await app.WithDbAsync(db => db.BookRequests.Where(request => request.Id == requestId).ExecuteUpdateAsync(setters => setters
            .SetProperty(request => request.Status, status)
            .SetProperty(request => request.Term, request => term ?? request.Term)
            .SetProperty(request => request.OpenKey, request => active ? request.OpenKey : null)));
    }
}

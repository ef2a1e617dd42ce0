using System.Globalization;
using System.Text.Json;
using LibraryPersonalization.Data;
using LibraryPersonalization.Web.Tests.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryPersonalization.Web.Tests.Concurrency;

/// <summary>Races proven through the real HTTP stack: many posts released at the same instant, on each database below.</summary>
public abstract class RaceTests(LibraryAppFactory app)
{
    private const int Racers = 8;

    private static readonly string[] Students =
    [
        "maya@school.test",
        "jonah@school.test",
        "priya@school.test",
        "diego@school.test",
        "amara@school.test",
        "liam@school.test",
        "sofia@school.test",
        "kenji@school.test",
    ];

    [Fact]
    public async Task The_same_student_voting_eight_times_at_once_counts_exactly_one_vote()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var vote = await student.OpenFormAsync($"/requests/{requestId}", "Vote for this book");

        var responses = await AllAtOnceAsync(Enumerable.Range(0, Racers)
            .Select(_ => (Func<Task<HttpResponseMessage>>)vote.SubmitAsync));

        AssertAllRedirect(responses, "parallel votes");
        Assert.Equal(1, await app.WithDbAsync(db => db.RequestVotes.CountAsync(vote => vote.RequestId == requestId)));
        Assert.Contains("<strong data-testid=\"vote-count\">1</strong> vote.", await student.GetPageAsync($"/requests/{requestId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eight_students_asking_for_the_same_new_book_at_once_end_up_on_one_request_together()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        await CollectionArrange.RaiseOpenRequestLimitAsync(app);
        var browsers = new List<TestBrowser>();
        try
        {
            foreach (var email in Students)
            {
                browsers.Add(await TestBrowser.SignedInAsync(app, email));
            }

            for (var round = 0; round < 3; round++)
            {
                var title = CollectionArrange.Unique("Everyone Wants ");
                var fields = new Dictionary<string, string> { ["Title"] = title, ["Author"] = "Popular Author", ["Why should the library get it?"] = "The whole class is talking about it." };
                var forms = await Task.WhenAll(browsers.Select(browser => browser.OpenFormAsync("/requests/new", "Submit request")));

                var responses = await AllAtOnceAsync(forms.Select(form => (Func<Task<HttpResponseMessage>>)form.Fill(fields).SubmitAsync));

                var requests = await app.WithDbAsync(db => db.BookRequests.AsNoTracking().Include(request => request.Supporters).Where(request => request.Title == title).ToListAsync());
                var request = Assert.Single(requests);
                var studentIds = new List<string>();
                foreach (var email in Students)
                {
                    studentIds.Add(await app.UserIdAsync(email));
                }

                var lost = Students.Where((_, index) => request.Supporters.All(supporter => supporter.StudentId != studentIds[index])).ToList();
                var answers = string.Join(", ", responses.Select(response => $"{(int)response.StatusCode} {CollectionArrange.PathOf(response)}"));
                Assert.True(lost.Count == 0, $"Round {round}: {lost.Count} of {Racers} students were lost from the merged request ({string.Join(", ", lost)}). Answers: {answers}");
                Assert.Equal(Racers, request.Supporters.Count);
                Assert.All(responses, response =>
                {
                    Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                    Assert.Equal($"/requests/{request.Id}", CollectionArrange.PathOf(response));
                });
            }
        }
        finally
        {
            browsers.ForEach(browser => browser.Dispose());
        }
    }

    /// <summary>
    /// The interleaving the parallel test above cannot produce on SQLite but SQL Server and PostgreSQL can: the second student's lookup
    /// runs before the first student's identical request commits, so its insert hits the OpenKey unique index.
    /// </summary>
    [Fact]
    public async Task A_student_who_loses_the_unique_index_race_for_a_new_book_is_merged_into_the_winners_request()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        await CollectionArrange.RaiseOpenRequestLimitAsync(app);
        var title = CollectionArrange.Unique("Raced Book ");
        const string author = "Raced Author";
        var fields = new Dictionary<string, string> { ["Title"] = title, ["Author"] = author, ["Why should the library get it?"] = "We both want it." };
        var staleRead = new StaleOpenRequestRead(BookRequest.KeyFor(title, author, null));
        await using var racedApp = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<LibraryDbContext>(options => options.AddInterceptors(staleRead))));

        using var winner = await TestBrowser.SignedInAsync(app, "amara@school.test");
        var won = await winner.SubmitAsync("/requests/new", "Submit request", fields);
        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        var requestPath = CollectionArrange.PathOf(won);

        using var loser = new TestBrowser(racedApp.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        Assert.Equal(HttpStatusCode.Redirect, (await loser.LoginAsync("liam@school.test")).StatusCode);
        var raced = await loser.SubmitAsync("/requests/new", "Submit request", fields);

        Assert.True(staleRead.Fired, "The stale read was never injected, so this test proved nothing");
        CollectionArrange.AssertNoServerError(raced, "the losing submission");
        var page = WebUtility.HtmlDecode(await raced.Content.ReadAsStringAsync());
        Assert.True(raced.StatusCode == HttpStatusCode.Redirect, $"The losing student was turned away ({(int)raced.StatusCode}) instead of merged: {(page.Contains("Someone else changed this", StringComparison.Ordinal) ? "\"Someone else changed this at the same moment. Nothing was saved\"" : page)}");
        Assert.Equal(requestPath, CollectionArrange.PathOf(raced));
        var requests = await app.WithDbAsync(db => db.BookRequests.AsNoTracking().Include(request => request.Supporters).Where(request => request.Title == title).ToListAsync());
        var request = Assert.Single(requests);
        Assert.Equal(2, request.Supporters.Count);
    }

    /// <summary>The same interleaving with both submissions from one student (two tabs): the loser is told they already asked, not merged a second time.</summary>
    [Fact]
    public async Task A_students_second_tab_that_loses_the_unique_index_race_for_the_same_new_book_is_told_they_already_asked()
    {
        const string student = "sofia@school.test";
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        await CollectionArrange.RaiseOpenRequestLimitAsync(app);
        var title = CollectionArrange.Unique("Twice Raced Book ");
        const string author = "Raced Author";
        var fields = new Dictionary<string, string> { ["Title"] = title, ["Author"] = author, ["Why should the library get it?"] = "I clicked twice." };
        var staleRead = new StaleOpenRequestRead(BookRequest.KeyFor(title, author, null));
        await using var racedApp = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<LibraryDbContext>(options => options.AddInterceptors(staleRead))));

        using var firstTab = await TestBrowser.SignedInAsync(app, student);
        Assert.Equal(HttpStatusCode.Redirect, (await firstTab.SubmitAsync("/requests/new", "Submit request", fields)).StatusCode);

        using var secondTab = new TestBrowser(racedApp.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        Assert.Equal(HttpStatusCode.Redirect, (await secondTab.LoginAsync(student)).StatusCode);
        var raced = await secondTab.SubmitAsync("/requests/new", "Submit request", fields);

        Assert.True(staleRead.Fired, "The stale read was never injected, so this test proved nothing");
        Assert.Equal(HttpStatusCode.OK, raced.StatusCode);
        Assert.Contains("You have already asked for this book: it is on your home page.", WebUtility.HtmlDecode(await raced.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var request = Assert.Single(await app.WithDbAsync(db => db.BookRequests.AsNoTracking().Include(request => request.Supporters).Where(request => request.Title == title).ToListAsync()));
        Assert.Single(request.Supporters);
    }

    [Fact]
    public async Task Two_committee_members_approving_at_once_cannot_overspend_the_student_budget()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        await CollectionArrange.GrantCommitteeAsync(app, "priya@school.test");
        await CollectionArrange.GrantCommitteeAsync(app, "diego@school.test");
        using var priya = await TestBrowser.SignedInAsync(app, "priya@school.test");
        using var diego = await TestBrowser.SignedInAsync(app, "diego@school.test");

        for (var round = 0; round < 4; round++)
        {
            await LeaveInBudgetAsync(100m);
            var first = await CollectionArrange.FreshRequestAsync(app);
            var second = await CollectionArrange.FreshRequestAsync(app);
            var priyaApproves = (await priya.OpenFormAsync($"/requests/{first}", "Approve within budget")).Fill(Approval(60m));
            var diegoApproves = (await diego.OpenFormAsync($"/requests/{second}", "Approve within budget")).Fill(Approval(70m));

            // Each member sends their approval several times (a double-click storm), so eight posts race in all.
            var posts = Enumerable.Range(0, Racers / 2).SelectMany(_ => new Func<Task<HttpResponseMessage>>[]
            {
                priyaApproves.SubmitAsync,
                diegoApproves.SubmitAsync,
            });
            var responses = await AllAtOnceAsync(posts);

            AssertAllRedirect(responses, $"round {round} committee approvals");
            var approved = await app.WithDbAsync(db => db.BookRequests.CountAsync(request => (request.Id == first || request.Id == second) && request.Status == RequestStatus.Approved));
            Assert.Equal(1, approved);
            Assert.True(await RemainingBudgetAsync() >= 0m, $"Round {round}: the student book budget went negative ({await RemainingBudgetAsync()})");
        }
    }

    [Fact]
    public async Task Eight_committee_members_approving_eight_requests_at_once_spend_only_what_the_budget_holds()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        var browsers = new List<TestBrowser>();
        try
        {
            foreach (var email in Students)
            {
                await CollectionArrange.GrantCommitteeAsync(app, email);
                browsers.Add(await TestBrowser.SignedInAsync(app, email));
            }

            await LeaveInBudgetAsync(100m);
            var requestIds = new List<int>();
            var approvals = new List<WebForm>();
            foreach (var browser in browsers)
            {
                var requestId = await CollectionArrange.FreshRequestAsync(app);
                requestIds.Add(requestId);
                approvals.Add((await browser.OpenFormAsync($"/requests/{requestId}", "Approve within budget")).Fill(Approval(60m)));
            }

            var responses = await AllAtOnceAsync(approvals.Select(approval => (Func<Task<HttpResponseMessage>>)approval.SubmitAsync));

            AssertAllRedirect(responses, "eight committee approvals");
            Assert.Equal(1, await app.WithDbAsync(db => db.BookRequests.CountAsync(request => requestIds.Contains(request.Id) && request.Status == RequestStatus.Approved)));
            Assert.Equal(40m, await RemainingBudgetAsync());
        }
        finally
        {
            browsers.ForEach(browser => browser.Dispose());
        }
    }

    [Fact]
    public async Task Two_librarians_moving_the_same_request_version_at_once_change_its_status_exactly_once()
    {
        const string secondEmail = "second.librarian@school.test";
        const string secondPassword = "Second-Librarian-2026";
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var created = await librarian.SubmitAsync("/accounts/new", "Create account", new()
        {
            ["Name"] = "Mr. Second",
            ["Email"] = secondEmail,
            ["Role"] = "Librarian",
            ["Temporary password"] = secondPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var second = app.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await second.LoginAsync(secondEmail, secondPassword)).StatusCode);

        for (var round = 0; round < 3; round++)
        {
            var requestId = await CollectionArrange.FreshRequestAsync(app);
            var firstMove = (await librarian.OpenFormAsync($"/requests/{requestId}", "Update request")).Fill("New status", "Under review");
            var secondMove = (await second.OpenFormAsync($"/requests/{requestId}", "Update request")).Fill("New status", "Declined").Fill("Note to students (optional)", "Out of scope");
            var auditBefore = await StatusChangeAuditsAsync(requestId);
            Assert.Equal(0, auditBefore);

            var posts = Enumerable.Range(0, Racers / 2).SelectMany(_ => new Func<Task<HttpResponseMessage>>[]
            {
                firstMove.SubmitAsync,
                secondMove.SubmitAsync,
            });
            var responses = await AllAtOnceAsync(posts);

            AssertAllRedirect(responses, $"round {round} librarian moves");
            var request = await app.WithDbAsync(db => db.BookRequests.AsNoTracking().SingleAsync(request => request.Id == requestId));
            Assert.Equal(1, request.Version);
            Assert.Contains(request.Status, new[] { RequestStatus.UnderReview, RequestStatus.Declined });
            Assert.Equal(1, await StatusChangeAuditsAsync(requestId));
            Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(notification => notification.Link == $"/requests/{requestId}")));
        }
    }

    private static Dictionary<string, string> Approval(decimal cost) => new()
    {
        ["Estimated cost (needed to approve)"] = cost.ToString(CultureInfo.InvariantCulture),
    };

    private static Task<HttpResponseMessage[]> AllAtOnceAsync(IEnumerable<Func<Task<HttpResponseMessage>>> posts) => AllAtOnce.PostAsync(posts, Racers);

    private static void AssertAllRedirect(HttpResponseMessage[] responses, string what)
    {
        foreach (var response in responses)
        {
            CollectionArrange.AssertNoServerError(response, what);
        }

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));
    }

    /// <summary>This term's student budget less committee approvals, computed here rather than by the app.</summary>
    private Task<decimal> RemainingBudgetAsync() =>
        app.WithDbAsync(async db =>
        {
            var settings = await db.CollectionSettings.AsNoTracking().SingleAsync();
            var committed = await db.BookRequests.AsNoTracking()
                .Where(request => request.Term == settings.CurrentTerm && request.DecidedByCommittee && request.EstimatedCost != null
                    && (request.Status == RequestStatus.Approved || request.Status == RequestStatus.Ordered || request.Status == RequestStatus.Received))
                .Select(request => request.EstimatedCost!.Value)
                .ToListAsync();
            return settings.StudentBookBudget - committed.Sum();
        });

    private async Task LeaveInBudgetAsync(decimal remaining)
    {
        var current = await RemainingBudgetAsync();
        var budget = await app.WithDbAsync(db => db.CollectionSettings.Select(settings => settings.StudentBookBudget).SingleAsync());
        var adjusted = budget - current + remaining;
        await app.WithDbAsync(db => db.CollectionSettings.ExecuteUpdateAsync(setters => setters.SetProperty(settings => settings.StudentBookBudget, adjusted)));
        Assert.Equal(remaining, await RemainingBudgetAsync());
    }

    private Task<int> StatusChangeAuditsAsync(int requestId) =>
        app.WithDbAsync(async db =>
        {
            var details = await db.AuditEntries.AsNoTracking().Where(entry => entry.Action == "Collection.ChangeRequestStatus").Select(entry => entry.Details).ToListAsync();
            return details.Count(text =>
            {
                using var json = JsonDocument.Parse(text);
                return json.RootElement.TryGetProperty("RequestId", out var id) && id.GetInt32() == requestId;
            });
        });
}

public sealed class SqliteRaceTests(LibraryAppFactory app) : RaceTests(app), IClassFixture<LibraryAppFactory>;

/// <summary>PostgreSQL runs the racers' transactions truly side by side, which SQLite's single writer never does.</summary>
[Collection(PostgresSuite.Name)]
public sealed class PostgreSqlRaceTests(PostgresAppFactory app) : RaceTests(app), IClassFixture<PostgresAppFactory>;

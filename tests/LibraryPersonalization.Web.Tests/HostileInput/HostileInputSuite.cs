using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace LibraryPersonalization.Web.Tests.HostileInput;

/// <summary>
/// One person's hostile-input run on a school of its own: crawl the pages they reach, send every form found with
/// one thing wrong in it, and require no 5xx, a clear refusal or a harmless acceptance, nothing changed by a
/// refusal, and no error in the site's log of the whole run.
/// </summary>
public abstract class HostileInputSuite(HostileInputAppFactory app, ITestOutputHelper output)
{
    private const int ProblemsShown = 40;

    /// <summary>Enough of another person's records of one kind to show the check holds, without sending every one the peer saw.</summary>
    private const int ForeignRecordsPerForm = 2;

    /// <summary>
    /// Runs the suite as <paramref name="account"/>. With <paramref name="studentGenerated"/>, the crawl is repeated with
    /// every volume at Student-generated (where students see the most forms) and the cases run there. Another
    /// person's records come from <paramref name="peer"/>'s crawl, and a foreign token from <paramref name="stranger"/>'s session.
    /// </summary>
    protected async Task RunAsync(string account, string? peer, string stranger, bool studentGenerated)
    {
        ArgumentNullException.ThrowIfNull(account);
        var clock = Stopwatch.StartNew();
        using var browser = await TestBrowser.SignedInAsync(app, account);
        var crawl = await CrawlAsync(browser, account);
        var atDefault = crawl.Forms.Count;
        if (studentGenerated)
        {
            foreach (var element in Enum.GetValues<EcosystemElement>())
            {
                await app.SetVolumeAsync(element, Volume.StudentGenerated);
            }

            var raised = await CrawlAsync(browser, account);
            raised.Add(crawl);
            crawl = raised;
        }

        using var peerBrowser = peer is null ? null : await TestBrowser.SignedInAsync(app, peer);
        var peerCrawl = peerBrowser is null ? new Crawl() : await CrawlAsync(peerBrowser, peer!);
        var foreignTokens = new List<(string, string)>
        {
            ("another session of the same person", await TokenOfNewSessionAsync(account)),
            ($"{stranger}'s session", await TokenOfNewSessionAsync(stranger)),
        };
        var crawled = clock.Elapsed;

        var run = new HostileRun(app, browser);
        await run.RunAsync(crawl, foreignTokens, form => ForeignActionsAsync(browser, form, crawl, peerCrawl));

        var problems = crawl.Problems.Concat(peerCrawl.Problems).Concat(run.Problems)
            .Concat(app.ErrorEvents().Select(logEvent => $"The log has an error: {logEvent}")).ToList();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{account}: {crawl.Pages.Count} pages crawled, {crawl.Forms.Count} kinds of form ({atDefault} at the default volume), {run.Requests} requests sent ({run.Refusals} refused); crawl {crawled.TotalSeconds:0.0} s, all {clock.Elapsed.TotalSeconds:0.0} s"));
        foreach (var form in crawl.Forms)
        {
            output.WriteLine($"  form: {Crawl.KeyOf(form)} on {form.PageUrl}");
        }

        foreach (var problem in problems)
        {
            output.WriteLine($"  problem: {problem}");
        }

        foreach (var (form, why) in crawl.Skipped)
        {
            output.WriteLine($"  skipped: {form}: {why}");
        }

        Assert.True(
            problems.Count == 0,
            $"{problems.Count.ToString(CultureInfo.InvariantCulture)} problems as {account}:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(ProblemsShown))}");
    }

    private async Task<Crawl> CrawlAsync(TestBrowser browser, string email) =>
        await new FormCrawler(app, browser, await app.UserIdAsync(email)).CrawlAsync();

    private async Task<string> TokenOfNewSessionAsync(string email)
    {
        using var other = await TestBrowser.SignedInAsync(app, email);
        return await other.AntiforgeryTokenAsync("/");
    }

    /// <summary>
    /// Addresses of the peer's forms of this kind that this person was never shown, and is still not shown on the
    /// page the peer saw them on: another person's records, which this person must not change.
    /// </summary>
    private static async Task<IReadOnlyList<string>> ForeignActionsAsync(TestBrowser browser, WebForm form, Crawl mine, Crawl peers)
    {
        var key = Crawl.KeyOf(form);
        var foreign = new List<string>();
        foreach (var candidate in peers.Seen.Where(seen => Crawl.KeyOf(seen) == key && !mine.Seen.Any(own => own.Action == seen.Action)).DistinctBy(seen => seen.Action).Take(ForeignRecordsPerForm))
        {
            using var page = await browser.GetAsync(candidate.PageUrl);
            var shown = page.IsSuccessStatusCode && WebForm.AllOn(await page.Content.ReadAsStringAsync(), candidate.PageUrl).Any(own => own.Action == candidate.Action);
            if (!shown)
            {
                foreign.Add(candidate.Action);
            }
        }

        return foreign;
    }
}

/// <summary>The librarian reaches every staff form; no other account's records are out of their reach, so ids are only made nonexistent.</summary>
public sealed class LibrarianHostileInputTests(HostileInputAppFactory app, ITestOutputHelper output) : HostileInputSuite(app, output), IClassFixture<HostileInputAppFactory>
{
    [Fact]
    public Task Every_form_a_librarian_reaches_refuses_hostile_input_clearly_and_changes_nothing_when_it_refuses() =>
        RunAsync(LibraryAppFactory.Librarian, peer: null, stranger: LibraryAppFactory.Teacher, studentGenerated: false);
}

/// <summary>A teacher, with another teacher's bookings and requests as the records out of their reach.</summary>
public sealed class TeacherHostileInputTests(HostileInputAppFactory app, ITestOutputHelper output) : HostileInputSuite(app, output), IClassFixture<HostileInputAppFactory>
{
    [Fact]
    public Task Every_form_a_teacher_reaches_refuses_hostile_input_clearly_and_changes_nothing_when_it_refuses() =>
        RunAsync(LibraryAppFactory.Teacher, peer: "teacher.lindqvist@school.test", stranger: LibraryAppFactory.Student, studentGenerated: false);
}

/// <summary>A student at the default volumes and at Student-generated, with another student's records out of their reach.</summary>
public sealed class StudentHostileInputTests(HostileInputAppFactory app, ITestOutputHelper output) : HostileInputSuite(app, output), IClassFixture<HostileInputAppFactory>
{
    [Fact]
    public Task Every_form_a_student_reaches_refuses_hostile_input_clearly_and_changes_nothing_when_it_refuses() =>
        RunAsync(LibraryAppFactory.Student, peer: LibraryAppFactory.OtherStudent, stranger: LibraryAppFactory.OtherStudent, studentGenerated: true);
}

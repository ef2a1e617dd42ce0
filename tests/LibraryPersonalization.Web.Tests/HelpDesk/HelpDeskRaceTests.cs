using System.Globalization;
using LibraryPersonalization.Domain.HelpDesk;
using LibraryPersonalization.Web.Tests.Authorization;
using LibraryPersonalization.Web.Tests.Concurrency;
using static LibraryPersonalization.Web.Tests.HelpDesk.HelpDeskArrange;

namespace LibraryPersonalization.Web.Tests.HelpDesk;

/// <summary>Help-desk races through real HTTP: the feedback key and the ticket's version token make each count once.</summary>
public abstract class HelpDeskRaceTests(LibraryAppFactory app)
{
    private const int Racers = 8;

    [Fact]
    public async Task One_student_pressing_did_this_help_eight_times_at_once_is_counted_once()
    {
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var entry = await app.WithDbAsync(async db =>
        {
            var faq = new FaqEntry { Question = $"Race question {Guid.NewGuid():N}?", Answer = "Race answer.", Status = FaqStatus.Published, CreatedAt = DateTimeOffset.UtcNow };
            db.Add(faq);
            await db.SaveChangesAsync();
            return faq;
        });
        var yes = await maya.OpenFormAsync("/help/faq", "Yes, this answer helped", near: entry.Question);

        var responses = await AllAtOnce.PostAsync(Enumerable.Range(0, Racers).Select(_ => (Func<Task<HttpResponseMessage>>)yes.SubmitAsync), Racers);

        Assert.All(responses, response => CollectionArrange.AssertNoServerError(response, "parallel feedback"));
        var stored = await app.WithDbAsync(db => db.Set<FaqEntry>().AsNoTracking().SingleAsync(row => row.Id == entry.Id));
        Assert.Equal((1, 0), (stored.HelpfulCount, stored.NotHelpfulCount));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<FaqFeedback>().CountAsync(feedback => feedback.FaqEntryId == entry.Id)));
    }

    [Fact]
    public async Task Merging_one_duplicate_into_eight_tickets_at_once_merges_it_exactly_once()
    {
        await app.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.LibrarianGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var duplicate = await AskAsync(maya, "Race duplicate", "Where do I return books after hours?");
        var targets = new List<int>();
        for (var i = 0; i < Racers; i++)
        {
            targets.Add(await AskAsync(maya, $"Race target {i}", "Where is the book drop?"));
        }

        var librarians = new List<TestBrowser>();
        try
        {
            var forms = new List<WebForm>();
            foreach (var target in targets)
            {
                var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
                librarians.Add(librarian);
                forms.Add(await librarian.OpenFormAsync($"/help/tickets/{duplicate}/merge?into={target.ToString(CultureInfo.InvariantCulture)}", "Merge the tickets"));
            }

            var responses = await AllAtOnce.PostAsync(forms.Select(form => (Func<Task<HttpResponseMessage>>)form.SubmitAsync), Racers);

            Assert.All(responses, response => CollectionArrange.AssertNoServerError(response, "parallel merges"));
            var merged = await TicketAsync(app, duplicate);
            Assert.Equal(TicketStatus.Merged, merged.Status);
            var movedQuestions = await app.WithDbAsync(db => db.Set<TicketReply>().CountAsync(reply => reply.Text.StartsWith($"Merged from ticket #{duplicate},")));
            Assert.Equal(1, movedQuestions);
            Assert.Single(await app.WithDbAsync(db => db.Set<TicketReply>().Where(reply => reply.Text.StartsWith($"Merged from ticket #{duplicate},")).Select(reply => reply.TicketId).ToListAsync()), merged.MergedIntoId!.Value);
        }
        finally
        {
            librarians.ForEach(browser => browser.Dispose());
        }
    }
}

public sealed class SqliteHelpDeskRaceTests(LibraryAppFactory app) : HelpDeskRaceTests(app), IClassFixture<LibraryAppFactory>;

/// <summary>PostgreSQL runs the racers' transactions side by side, which SQLite's single writer never does.</summary>
[Collection(PostgresSuite.Name)]
public sealed class PostgreSqlHelpDeskRaceTests(PostgresAppFactory app) : HelpDeskRaceTests(app), IClassFixture<PostgresAppFactory>;

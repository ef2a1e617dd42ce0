using AngleSharp.Html.Parser;
using LibraryPersonalization.Domain.HelpDesk;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Web.Tests.HelpDesk.HelpDeskArrange;

namespace LibraryPersonalization.Web.Tests.HelpDesk;

/// <summary>Private tickets and internal notes stay where they belong on every page, and hostile text stays text.</summary>
[Collection(JourneySteps.Collection)]
public class HelpDeskPrivacyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private const string PrivateQuestion = "PRIVATE-QUESTION-4471 about my reading plan";
    private const string InternalNote = "INTERNAL-NOTE-8812 check her accommodations";

    private static readonly int[] MinutesToFirstReply = [10, 30, 50];

    public static TheoryData<string> Payloads() => new(
        "<script>alert('xss')</script>",
        "<img src=x onerror=alert('xss')>",
        "\"><svg onload=alert('xss')>",
        "<a href=\"javascript:alert('xss')\">click</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "';alert('xss');//");

    [Fact]
    public async Task Another_student_never_sees_a_private_ticket_and_students_never_see_internal_notes_on_any_page()
    {
        await app.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.StudentGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var ticket = await AskAsync(maya, "My reading plan", PrivateQuestion);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        await ReplyAsync(librarian, ticket, InternalNote, new() { ["Internal"] = "true" });
        await ReplyAsync(librarian, ticket, "Let's meet at the desk on Monday.");
        Assert.Contains(InternalNote, await librarian.ReadPageAsync($"/help/tickets/{ticket}"), StringComparison.Ordinal);

        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        var byId = await jonah.GetAsync($"/help/tickets/{ticket}");
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.DoesNotContain("My reading plan", await JourneySteps.BodyAsync(byId), StringComparison.Ordinal);
        var forgedReply = await jonah.ForgePostAsync("/help", $"/help/tickets/{ticket}/replies", new() { ["Text"] = "Let me see" });
        Assert.Equal(HttpStatusCode.NotFound, forgedReply.StatusCode);
        foreach (var page in new[] { "/", "/help", "/help/peer", "/help/faq", "/help/ask", "/ecosystem" })
        {
            var html = await jonah.ReadPageAsync(page);
            Assert.DoesNotContain("PRIVATE-QUESTION-4471", html, StringComparison.Ordinal);
            Assert.DoesNotContain("My reading plan", html, StringComparison.Ordinal);
            Assert.DoesNotContain("INTERNAL-NOTE-8812", html, StringComparison.Ordinal);
        }

        foreach (var page in new[] { "/", "/help", $"/help/tickets/{ticket}", "/help/faq", "/ecosystem" })
        {
            Assert.DoesNotContain("INTERNAL-NOTE-8812", await maya.ReadPageAsync(page), StringComparison.Ordinal);
        }

        Assert.Contains("Let's meet at the desk on Monday.", await maya.ReadPageAsync($"/help/tickets/{ticket}"), StringComparison.Ordinal);
        Assert.DoesNotContain(await NotificationsOfAsync(app, LibraryAppFactory.Student), message => message.Contains("INTERNAL-NOTE", StringComparison.Ordinal));
        Assert.Single(await NotificationsOfAsync(app, LibraryAppFactory.Student), message => message.Contains("My reading plan", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Hostile_text_in_a_question_and_a_reply_renders_as_text_on_every_page_that_shows_it(string payload)
    {
        await app.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.StudentGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var ticket = await AskAsync(maya, $"Help {payload}", $"Question {payload}", shareable: true);
        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        await ReplyAsync(jonah, ticket, $"Answer {payload}");
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        foreach (var (person, page) in new[] { (maya, $"/help/tickets/{ticket}"), (maya, "/help"), (maya, "/"), (jonah, "/help/peer"), (librarian, "/help/queue"), (librarian, $"/help/tickets/{ticket}") })
        {
            var html = await person.GetPageAsync(page);
            var document = new HtmlParser().ParseDocument(html);
            Assert.DoesNotContain(document.QuerySelectorAll("script"), script => script.TextContent.Contains("xss", StringComparison.Ordinal));
            Assert.Empty(document.QuerySelectorAll("[onerror], [onload], iframe, a[href^='javascript:']"));
            Assert.Contains($"Help {payload}", document.Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains($"Answer {payload}", new HtmlParser().ParseDocument(await maya.GetPageAsync($"/help/tickets/{ticket}")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_monthly_figures_count_questions_the_median_wait_and_answers_by_peers_and_staff()
    {
        await app.WithDbAsync(async db =>
        {
            await db.Set<FaqFeedback>().ExecuteDeleteAsync();
            await db.Set<TicketFollower>().ExecuteDeleteAsync();
            await db.Set<TicketReply>().ExecuteDeleteAsync();
            await db.Set<HelpTicket>().ExecuteDeleteAsync();
        });
        var now = DateTimeOffset.UtcNow.AddMinutes(-90);
        var (maya, jonah, okafor) = (await app.UserIdAsync(LibraryAppFactory.Student), await app.UserIdAsync(LibraryAppFactory.OtherStudent), await app.UserIdAsync(LibraryAppFactory.Teacher));
        await app.WithDbAsync(async db =>
        {
            foreach (var minutes in MinutesToFirstReply)
            {
                var ticket = new HelpTicket { AskerId = maya, AskerName = "Maya Chen", Subject = $"Waited {minutes}", Question = "?", Status = TicketStatus.Answered, CreatedAt = now, FirstReplyAt = now.AddMinutes(minutes) };
                db.Add(ticket);
                await db.SaveChangesAsync();
                var byPeer = minutes != 50;
                var reply = new TicketReply { TicketId = ticket.Id, AuthorId = byPeer ? jonah : okafor, AuthorName = byPeer ? "Jonah Brooks" : "Mr. Okafor", ByStudent = byPeer, Text = "!", CreatedAt = now.AddMinutes(minutes) };
                db.Add(reply);
                db.Add(new TicketReply { TicketId = ticket.Id, AuthorId = okafor, AuthorName = "Mr. Okafor", Text = "note", Internal = true, CreatedAt = now.AddMinutes(minutes) });
                db.Add(new TicketReply { TicketId = ticket.Id, AuthorId = maya, AuthorName = "Maya Chen", ByStudent = true, FromAsker = true, Text = "more", CreatedAt = now.AddMinutes(minutes) });
                await db.SaveChangesAsync();
                if (minutes == 10)
                {
                    ticket.AcceptedReplyId = reply.Id;
                    await db.SaveChangesAsync();
                }
            }
        });
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var rows = JourneySteps.TableRows(await librarian.ReadPageAsync("/help/figures"));

        Assert.Equal(6, rows.Count);
        var thisMonth = rows[0];
        Assert.Contains(Bookings.BookingTestData.Calendar.ToLocal(now).ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US")), thisMonth, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Tickets opened\">3<", thisMonth, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Median time to first reply\">30 min<", thisMonth, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Answers by peers\">2<", thisMonth, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Answers by staff\">1<", thisMonth, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Share by peers\">67 %<", thisMonth, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Peer answers accepted\">1<", thisMonth, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Tickets opened\">0<", rows[1], StringComparison.Ordinal);
    }
}

using LibraryPersonalization.Domain.HelpDesk;
using LibraryPersonalization.Web.Tests.Journeys;
using static LibraryPersonalization.Web.Tests.HelpDesk.HelpDeskArrange;

namespace LibraryPersonalization.Web.Tests.HelpDesk;

/// <summary>The help desk as students, teachers and the librarian use it, through the forms the pages render.</summary>
[Collection(JourneySteps.Collection)]
public class HelpDeskJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_private_question_gets_a_canned_answer_the_asker_reads_without_the_internal_note_and_accepts()
    {
        await app.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.LibrarianGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var ticket = await AskAsync(maya, "Printing my essay", "The printer by the desk says my job is stuck. What should I do?", about: "Devices and printing");
        var page = await maya.ReadPageAsync($"/help/tickets/{ticket}");
        Assert.Contains("Private: only the asker and staff see it.", page, StringComparison.Ordinal);
        Assert.Contains("Printing my essay", await maya.ReadPageAsync("/help"), StringComparison.Ordinal);

        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        var refusedQueue = await teacher.GetAsync("/help/queue");
        Assert.Equal(HttpStatusCode.Forbidden, refusedQueue.StatusCode);
        Assert.Contains("Cocreated", await JourneySteps.BodyAsync(refusedQueue), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync($"/help/tickets/{ticket}")).StatusCode);

        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var queue = await (await librarian.OpenFormAsync("/help/queue", "Filter")).Fill(new Dictionary<string, string> { ["Status"] = "Open", ["About"] = "Devices and printing" }).SubmitAsync();
        var listed = await JourneySteps.BodyAsync(queue);
        Assert.Contains("Printing my essay", listed, StringComparison.Ordinal);
        Assert.Contains("from Maya Chen", listed, StringComparison.Ordinal);
        var otherCategory = await (await librarian.OpenFormAsync("/help/queue", "Filter")).Fill("About", "Research and citations").SubmitAsync();
        Assert.DoesNotContain("Printing my essay", await JourneySteps.BodyAsync(otherCategory), StringComparison.Ordinal);

        var noted = await ReplyAsync(librarian, ticket, "Her print quota may be used up: check before answering.", new() { ["Internal"] = "true" });
        Assert.Contains("Internal note added: only staff see it.", await librarian.FollowAsync(noted), StringComparison.Ordinal);
        var answered = await ReplyAsync(librarian, ticket, "Ask me at the desk if it jams again.", new() { ["Start from a canned reply (optional)"] = "Printing" });
        Assert.Contains("Your answer was posted and the asker was told.", await librarian.FollowAsync(answered), StringComparison.Ordinal);

        var mine = await maya.ReadPageAsync($"/help/tickets/{ticket}");
        Assert.Contains("Send your file to the LIBRARY-PRINT printer", mine, StringComparison.Ordinal);
        Assert.Contains("Ask me at the desk if it jams again.", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("print quota", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Internal note", mine, StringComparison.Ordinal);
        var told = await NotificationsOfAsync(app, LibraryAppFactory.Student);
        Assert.Contains("Ms. Alvarez answered your question \"Printing my essay\".", told);
        Assert.DoesNotContain(told, message => message.Contains("quota", StringComparison.Ordinal));
        var stored = await TicketAsync(app, ticket);
        Assert.Equal(TicketStatus.Answered, stored.Status);
        Assert.NotNull(stored.FirstReplyAt);

        var accepted = await maya.SubmitAsync($"/help/tickets/{ticket}", "Accept this answer from Ms. Alvarez");
        Assert.Contains("You accepted Ms. Alvarez's answer: the ticket is resolved.", await maya.FollowAsync(accepted), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Resolved, (await TicketAsync(app, ticket)).Status);
        Assert.Contains(await NotificationsOfAsync(app, LibraryAppFactory.Librarian), message => message.StartsWith("Your answer to \"Printing my essay\" was accepted.", StringComparison.Ordinal));

        var reopened = await maya.SubmitAsync($"/help/tickets/{ticket}", "Reopen");
        Assert.Contains("The ticket is open again.", await maya.FollowAsync(reopened), StringComparison.Ordinal);
        var again = await TicketAsync(app, ticket);
        Assert.Equal((TicketStatus.Open, null), (again.Status, again.ResolvedAt));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(entry => entry.Action == "HelpDesk.PostReply")));
    }

    [Fact]
    public async Task A_shared_question_is_answered_by_a_peer_accepted_promoted_to_the_faq_without_the_askers_name_and_found_by_a_third_student()
    {
        await app.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.StudentGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var ticket = await AskAsync(maya, "Citing a podcast episode", "Maya here: how do I cite one episode of a podcast in MLA?", shareable: true, about: "Research and citations");
        Assert.DoesNotContain("Citing a podcast episode", await maya.ReadPageAsync("/help/peer"), StringComparison.Ordinal);

        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        var peer = await jonah.ReadPageAsync("/help/peer");
        Assert.Contains("Citing a podcast episode", JourneySteps.Slice(peer, "<tbody>", "</tbody>"), StringComparison.Ordinal);
        Assert.DoesNotContain("Maya Chen", peer, StringComparison.Ordinal);
        await ReplyAsync(maya, ticket, "And what if the episode has no number?");
        var seen = await jonah.ReadPageAsync($"/help/tickets/{ticket}");
        Assert.Contains("The student who asked", seen, StringComparison.Ordinal);
        Assert.Contains("A student asked on", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("Maya Chen", seen, StringComparison.Ordinal);
        var answered = await ReplyAsync(jonah, ticket, "Maya, cite it as: Host. \"Episode title.\" Podcast name, episode number, publisher, date, URL.");
        Assert.Contains("Your answer was posted", await jonah.FollowAsync(answered), StringComparison.Ordinal);

        var accepted = await maya.SubmitAsync($"/help/tickets/{ticket}", "Accept this answer from Jonah Brooks");
        Assert.Contains("the ticket is resolved", await maya.FollowAsync(accepted), StringComparison.Ordinal);
        Assert.Contains(await NotificationsOfAsync(app, LibraryAppFactory.OtherStudent), message => message.StartsWith("Your answer to \"Citing a podcast episode\" was accepted.", StringComparison.Ordinal));
        Assert.DoesNotContain("Citing a podcast episode", await jonah.ReadPageAsync("/help/peer"), StringComparison.Ordinal);

        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var promote = await librarian.OpenFormAsync($"/help/tickets/{ticket}/promote", "Publish in the FAQ");
        var prefilled = promote.Fields.ToDictionary(field => field.Key, field => field.Value);
        Assert.Equal("Citing a podcast episode", prefilled["Question"]);
        Assert.StartsWith("a student, cite it as: Host.", prefilled["Answer"], StringComparison.Ordinal);
        var published = await promote.Fill("Question", "How do I cite a podcast episode in MLA?").SubmitAsync();
        Assert.Contains("Published in the FAQ. The entry does not say who asked.", await librarian.FollowAsync(published), StringComparison.Ordinal);
        var entry = await app.WithDbAsync(db => db.Set<FaqEntry>().AsNoTracking().SingleAsync(row => row.SourceTicketId == ticket));
        Assert.Equal(FaqStatus.Published, entry.Status);
        Assert.DoesNotContain("Maya", entry.Question + entry.Answer, StringComparison.Ordinal);

        using var priya = await TestBrowser.SignedInAsync(app, Priya);
        var found = await (await priya.OpenFormAsync("/help/faq", "Search")).Fill("Search the FAQ", "PODCAST episode").SubmitAsync();
        var results = await JourneySteps.BodyAsync(found);
        Assert.Contains("How do I cite a podcast episode in MLA?", results, StringComparison.Ordinal);
        Assert.DoesNotContain("How many books can I borrow", results, StringComparison.Ordinal);
        var nothing = await (await priya.OpenFormAsync("/help/faq", "Search")).Fill("Search the FAQ", "xylophone").SubmitAsync();
        Assert.Contains("Nothing in the FAQ matches \"xylophone\"", await JourneySteps.BodyAsync(nothing), StringComparison.Ordinal);

        var faq = $"/help/faq?q={Uri.EscapeDataString("podcast episode")}";
        await priya.SubmitAsync(faq, "Yes, this answer helped", near: "How do I cite a podcast episode in MLA?");
        await priya.SubmitAsync(faq, "Yes, this answer helped", near: "How do I cite a podcast episode in MLA?");
        Assert.Contains("1 found this helpful, 0 did not. You said it helped.", await priya.ReadPageAsync(faq), StringComparison.Ordinal);
        await priya.SubmitAsync(faq, "No, this answer did not help", near: "How do I cite a podcast episode in MLA?");
        Assert.Contains("0 found this helpful, 1 did not. You said it did not help.", await priya.ReadPageAsync(faq), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_librarian_merges_a_private_duplicate_into_a_shared_ticket_which_becomes_private_and_both_askers_follow_it()
    {
        await app.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.StudentGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        var kept = await AskAsync(maya, "School Wi-Fi on my laptop", "My laptop does not see the school Wi-Fi.", shareable: true, about: "Devices and printing");
        var duplicate = await AskAsync(jonah, "Laptop will not join Wi-Fi", "My laptop keeps saying the Wi-Fi password is wrong.", about: "Devices and printing");
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        await ReplyAsync(librarian, duplicate, "Forget the network and join it again with your school login.");

        var itself = await (await librarian.OpenFormAsync($"/help/tickets/{duplicate}", "Check the merge")).Fill("Merge this duplicate into ticket number", $"{duplicate}").SubmitAsync();
        Assert.Contains($"#{duplicate} cannot take it", await librarian.FollowAsync(itself), StringComparison.Ordinal);
        var preview = await (await librarian.OpenFormAsync($"/help/tickets/{duplicate}", "Check the merge")).Fill("Merge this duplicate into ticket number", $"{kept}").SubmitAsync();
        var previewPage = await JourneySteps.BodyAsync(preview);
        Assert.Contains($"Merge #{duplicate} into #{kept}?", previewPage, StringComparison.Ordinal);
        Assert.Contains($"#{duplicate} is private, so #{kept} becomes private too", previewPage, StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Answered, (await TicketAsync(app, duplicate)).Status);

        var merged = await WebForm.Find(await preview.Content.ReadAsStringAsync(), $"/help/tickets/{duplicate}/merge?into={kept}", "Merge the tickets", browser: librarian).SubmitAsync();

        Assert.Equal($"/help/tickets/{kept}", JourneySteps.RedirectTarget(merged));
        Assert.Contains($"Ticket #{duplicate} was merged into #{kept}", await librarian.FollowAsync(merged), StringComparison.Ordinal);
        var (source, target) = (await TicketAsync(app, duplicate), await TicketAsync(app, kept));
        Assert.Equal((TicketStatus.Merged, kept), (source.Status, source.MergedIntoId));
        Assert.False(target.Shareable);
        Assert.NotNull(target.FirstReplyAt);
        foreach (var asker in new[] { maya, jonah })
        {
            var page = await asker.ReadPageAsync($"/help/tickets/{kept}");
            Assert.Contains("My laptop does not see the school Wi-Fi.", page, StringComparison.Ordinal);
            Assert.Contains("My laptop keeps saying the Wi-Fi password is wrong.", page, StringComparison.Ordinal);
            Assert.Contains("Forget the network and join it again", page, StringComparison.Ordinal);
            var accept = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelectorAll("button")
                .Select(button => button.TextContent).Where(text => text.StartsWith("Accept this answer", StringComparison.Ordinal)).ToList();
            Assert.Equal(["Accept this answer from Ms. Alvarez"], accept);
        }

        Assert.Contains($"merged into <a href=\"/help/tickets/{kept}\">ticket #{kept}</a>", await jonah.GetPageAsync($"/help/tickets/{duplicate}"), StringComparison.Ordinal);
        Assert.Contains("School Wi-Fi on my laptop", await jonah.ReadPageAsync("/help"), StringComparison.Ordinal);
        Assert.Contains(await NotificationsOfAsync(app, LibraryAppFactory.Student), message => message.StartsWith("Questions like yours were merged", StringComparison.Ordinal));
        Assert.Contains(await NotificationsOfAsync(app, LibraryAppFactory.OtherStudent), message => message.StartsWith("Questions like yours were merged", StringComparison.Ordinal));
        using var priya = await TestBrowser.SignedInAsync(app, Priya);
        Assert.DoesNotContain("School Wi-Fi on my laptop", await priya.ReadPageAsync("/help/peer"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await priya.GetAsync($"/help/tickets/{kept}")).StatusCode);
    }

    [Fact]
    public async Task A_librarian_hides_a_peer_reply_with_a_reason_the_author_is_told_and_the_asker_cannot_accept_it()
    {
        await app.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.StudentGenerated);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var ticket = await AskAsync(maya, "Renewing a book", "How do I renew a book I borrowed?", shareable: true, about: "Finding books");
        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        await ReplyAsync(jonah, ticket, "Just keep it, nobody checks lol");
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var hidden = await librarian.SubmitAsync($"/help/tickets/{ticket}", "Hide reply", new() { ["Why hide it? (the author is told)"] = "Not an answer: late books keep others waiting." });

        Assert.Contains("The reply is hidden and its author was told why.", await librarian.FollowAsync(hidden), StringComparison.Ordinal);
        var page = await maya.ReadPageAsync($"/help/tickets/{ticket}");
        Assert.Contains("A librarian hid this reply: Not an answer: late books keep others waiting.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody checks", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Accept this answer", page, StringComparison.Ordinal);
        Assert.Contains("nobody checks", await librarian.ReadPageAsync($"/help/tickets/{ticket}"), StringComparison.Ordinal);
        Assert.Contains(await NotificationsOfAsync(app, LibraryAppFactory.OtherStudent), message => message == "Ms. Alvarez hid your reply on \"Renewing a book\": Not an answer: late books keep others waiting.");
        var reply = (await RepliesAsync(app, ticket)).Single();
        var forged = await maya.ForgePostAsync($"/help/tickets/{ticket}", $"/help/tickets/{ticket}/replies/{reply.Id}/accept", []);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("There is no such answer on this ticket.", await JourneySteps.BodyAsync(forged), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Answered, (await TicketAsync(app, ticket)).Status);
    }

    [Fact]
    public async Task Students_suggest_faq_entries_from_cocreated_and_the_librarian_publishes_one_edited_and_declines_another()
    {
        await app.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.LibrarianGenerated);
        using var noor = await TestBrowser.SignedInAsync(app, "noor@school.test");
        var refused = await noor.GetAsync("/help/faq/suggest");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Cocreated", await JourneySteps.BodyAsync(refused), StringComparison.Ordinal);

        await app.SetVolumeAsync(EcosystemElement.HelpCenter, Volume.Cocreated);
        var sent = await noor.SubmitAsync("/help/faq/suggest", "Send suggestion", new() { ["The question people ask"] = "Can I eat in the library?", ["The answer, if you know it (optional)"] = "Only water" });
        Assert.Contains("a librarian will read your suggestion", await noor.FollowAsync(sent), StringComparison.Ordinal);
        await noor.SubmitAsync("/help/faq/suggest", "Send suggestion", new() { ["The question people ask"] = "Is the library open on Sundays?" });
        Assert.DoesNotContain("Can I eat in the library?", await noor.ReadPageAsync("/help/faq"), StringComparison.Ordinal);

        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var publish = (await librarian.OpenFormAsync("/help/faq/review", "Publish in the FAQ", near: "Can I eat in the library?"))
            .Fill("Answer", "Water in a bottle with a lid is fine; food stays in the cafeteria.");
        Assert.Contains("Published in the FAQ.", await librarian.FollowAsync(await publish.SubmitAsync()), StringComparison.Ordinal);
        var declined = await librarian.SubmitAsync("/help/faq/review", "Decline", near: "Is the library open on Sundays?");
        Assert.Contains("Suggestion declined.", await librarian.FollowAsync(declined), StringComparison.Ordinal);

        using var priya = await TestBrowser.SignedInAsync(app, Priya);
        var faq = await priya.ReadPageAsync("/help/faq");
        Assert.Contains("Water in a bottle with a lid is fine", faq, StringComparison.Ordinal);
        Assert.DoesNotContain("Is the library open on Sundays?", faq, StringComparison.Ordinal);
        Assert.DoesNotContain("Noor", faq, StringComparison.Ordinal);
        var told = await NotificationsOfAsync(app, "noor@school.test");
        Assert.Contains("Your FAQ suggestion \"Can I eat in the library?\" is in the FAQ now.", told);
        Assert.Contains("Your FAQ suggestion \"Is the library open on Sundays?\" was not added this time.", told);
    }

    [Fact]
    public async Task The_librarian_keeps_canned_replies_a_duplicate_name_is_a_message_and_deleting_asks_first()
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var added = await librarian.SubmitAsync("/help/canned", "Add canned reply", new() { ["Name"] = "Opening hours", ["Reply"] = "We are open 7:30 AM to 5 PM on school days." });
        Assert.Contains("Canned reply \"Opening hours\" added.", await librarian.FollowAsync(added), StringComparison.Ordinal);

        var twice = await librarian.SubmitAsync("/help/canned", "Add canned reply", new() { ["Name"] = "Opening hours", ["Reply"] = "Another text" });
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        var again = await JourneySteps.BodyAsync(twice);
        Assert.Contains("There is already a canned reply named \"Opening hours\".", again, StringComparison.Ordinal);
        Assert.Contains("Another text", again, StringComparison.Ordinal);

        var id = await app.WithDbAsync(db => db.Set<CannedReply>().Where(canned => canned.Title == "Opening hours").Select(canned => canned.Id).SingleAsync());
        var confirm = await librarian.ReadPageAsync($"/help/canned/{id}/delete");
        Assert.Contains("Delete the canned reply \"Opening hours\"?", confirm, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<CannedReply>().AnyAsync(canned => canned.Id == id)));
        var deleted = await librarian.SubmitAsync($"/help/canned/{id}/delete", "Delete it");
        Assert.Contains("Canned reply \"Opening hours\" deleted.", await librarian.FollowAsync(deleted), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<CannedReply>().AnyAsync(canned => canned.Id == id)));
    }
}

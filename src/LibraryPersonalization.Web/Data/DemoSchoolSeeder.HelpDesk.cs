using LibraryPersonalization.Domain.HelpDesk;
using LibraryPersonalization.Web.Features.HelpDesk;

namespace LibraryPersonalization.Web.Data;

/// <summary>The demo school's help desk: canned replies, an FAQ, and a few questions in each state.</summary>
public sealed partial class DemoSchoolSeeder
{
    private async Task SeedHelpDeskAsync()
    {
        var now = clock.GetUtcNow();
        db.CannedReplies().AddRange(
            new CannedReply { Title = "Printing", Text = "Send your file to the LIBRARY-PRINT printer from any school computer, then tap your ID card on the printer by the desk. Each student has 50 free pages a term." },
            new CannedReply { Title = "Citations", Text = "Our citation guide is on the library page under Research. For MLA 9, list the author, title, container, publisher, date and location, in that order." },
            new CannedReply { Title = "Password reset", Text = "The librarian can give you a temporary password at the desk: bring your student ID." });
        db.FaqEntries().AddRange(
            Faq("How do I print from a library computer?", "Send your file to the LIBRARY-PRINT printer, then tap your ID card on the printer by the desk. Each student has 50 free pages a term.", TicketCategory.Technology, now, 14, 1),
            Faq("How many books can I borrow, and for how long?", "Up to five books for three weeks. You can renew twice at the desk or from your account unless someone is waiting.", TicketCategory.FindingBooks, now, 22, 0),
            Faq("How do I cite a website in MLA?", "Author. \"Title of the page.\" Name of the site, Publisher, day month year, URL. If there is no author, start with the title.", TicketCategory.Research, now, 9, 2),
            Faq("Can I record a podcast in the library?", "Yes: book the Podcast booth under Media lab. It has four microphones; check in when you arrive or the booking is released.", TicketCategory.MediaLab, now, 6, 0),
            Faq("I forgot my password. What do I do?", "Ask the librarian at the desk for a temporary password; bring your student ID. You choose a new one when you sign in.", TicketCategory.Accounts, now, 5, 1));
        var people = await db.Users.Where(user => user.Email == "maya@school.test" || user.Email == "jonah@school.test" || user.Email == "priya@school.test" || user.Email == "diego@school.test" || user.Email == "librarian@school.test")
            .ToDictionaryAsync(user => user.Email!, user => (user.Id, user.DisplayName));
        var (maya, jonah, priya, diego, librarian) = (people["maya@school.test"], people["jonah@school.test"], people["priya@school.test"], people["diego@school.test"], people["librarian@school.test"]);
        db.HelpTickets().AddRange(
            Ticket(maya, "Sources for my history project", "I need primary sources about the Harlem Renaissance for a history project. Where should I start?", TicketCategory.Research, shareable: false, now.AddDays(-2)),
            Ticket(jonah, "Video export is blurry", "When I export my video from the editing stations it looks blurry on the projector. Which settings should I use?", TicketCategory.MediaLab, shareable: true, now.AddHours(-5)),
            Ticket(priya, "Where are the graphic novels?", "I can't find the graphic novels section. Is it in the reading nook?", TicketCategory.FindingBooks, shareable: true, now.AddDays(-1)));
        await db.SaveChangesAsync();
        var tickets = await db.HelpTickets().OrderBy(ticket => ticket.Id).ToListAsync();
        var (research, graphicNovels) = (tickets.Single(ticket => ticket.AskerId == maya.Id), tickets.Single(ticket => ticket.AskerId == priya.Id));
        db.TicketReplies().Add(new TicketReply { TicketId = research.Id, AuthorId = librarian.Id, AuthorName = librarian.DisplayName, Text = "Start with the digital collections of the Schomburg Center, then come to the desk and we will look at the databases together.", CreatedAt = research.CreatedAt.AddHours(3) });
        db.TicketReplies().Add(new TicketReply { TicketId = research.Id, AuthorId = librarian.Id, AuthorName = librarian.DisplayName, Text = "Maya may need help narrowing the topic: suggest focusing on one poet.", Internal = true, CreatedAt = research.CreatedAt.AddHours(3) });
        (research.Status, research.FirstReplyAt) = (TicketStatus.Answered, research.CreatedAt.AddHours(3));
        var peerAnswer = new TicketReply { TicketId = graphicNovels.Id, AuthorId = diego.Id, AuthorName = diego.DisplayName, ByStudent = true, Text = "They are on the low shelves behind the collaboration tables, labelled 741.5.", CreatedAt = graphicNovels.CreatedAt.AddMinutes(40) };
        db.TicketReplies().Add(peerAnswer);
        await db.SaveChangesAsync();
        (graphicNovels.Status, graphicNovels.FirstReplyAt, graphicNovels.ResolvedAt, graphicNovels.AcceptedReplyId) = (TicketStatus.Resolved, peerAnswer.CreatedAt, peerAnswer.CreatedAt.AddHours(1), peerAnswer.Id);
        await db.SaveChangesAsync();
    }

    private static FaqEntry Faq(string question, string answer, TicketCategory category, DateTimeOffset now, int helpful, int notHelpful) =>
        new() { Question = question, Answer = answer, Category = category, Status = FaqStatus.Published, CreatedAt = now.AddDays(-30), HelpfulCount = helpful, NotHelpfulCount = notHelpful };

    private static HelpTicket Ticket((string Id, string Name) asker, string subject, string question, TicketCategory category, bool shareable, DateTimeOffset at) =>
        new() { AskerId = asker.Id, AskerName = asker.Name, Subject = subject, Question = question, Category = category, Shareable = shareable, Status = TicketStatus.Open, CreatedAt = at };
}

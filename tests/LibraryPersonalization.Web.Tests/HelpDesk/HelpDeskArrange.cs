using System.Globalization;
using LibraryPersonalization.Domain.HelpDesk;
using LibraryPersonalization.Web.Tests.Journeys;

namespace LibraryPersonalization.Web.Tests.HelpDesk;

/// <summary>What the help-desk tests do the way a person would: ask through the form, answer through the ticket page.</summary>
internal static class HelpDeskArrange
{
    public const string Priya = "priya@school.test";

    /// <summary>Asks through the form on /help/ask and returns the new ticket's id from the page it lands on.</summary>
    public static async Task<int> AskAsync(TestBrowser asker, string subject, string question, bool shareable = false, string about = "Something else")
    {
        var form = (await asker.OpenFormAsync("/help/ask", "Send my question"))
            .Fill(new Dictionary<string, string> { ["Subject"] = subject, ["What is it about?"] = about, ["Your question"] = question });
        if (shareable)
        {
            form.Check("Other students may see it and help answer (they do not see my name)");
        }

        var response = await form.SubmitAsync();
        var target = JourneySteps.RedirectTarget(response);
        Assert.StartsWith("/help/tickets/", target, StringComparison.Ordinal);
        return int.Parse(target["/help/tickets/".Length..], CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> ReplyAsync(TestBrowser person, int ticket, string text, Dictionary<string, string>? more = null) =>
        person.SubmitAsync($"/help/tickets/{ticket}", "Post reply", new(more ?? []) { ["Your reply"] = text });

    public static Task<HelpTicket> TicketAsync(LibraryAppFactory app, int id) =>
        app.WithDbAsync(db => db.Set<HelpTicket>().AsNoTracking().SingleAsync(ticket => ticket.Id == id));

    public static Task<List<TicketReply>> RepliesAsync(LibraryAppFactory app, int ticket) =>
        app.WithDbAsync(db => db.Set<TicketReply>().AsNoTracking().Where(reply => reply.TicketId == ticket).OrderBy(reply => reply.Id).ToListAsync());

    public static Task<List<string>> NotificationsOfAsync(LibraryAppFactory app, string email) =>
        app.WithDbAsync(db => db.Notifications.Where(notice => db.Users.Any(user => user.Id == notice.UserId && user.Email == email)).OrderBy(notice => notice.Id).Select(notice => notice.Message).ToListAsync());
}

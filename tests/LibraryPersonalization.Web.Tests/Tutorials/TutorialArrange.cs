using System.Globalization;
using LibraryPersonalization.Domain.Tutorials;
using LibraryPersonalization.Web.Tests.Journeys;

namespace LibraryPersonalization.Web.Tests.Tutorials;

/// <summary>What the tutorial tests arrange: rows written the way the slice writes them, and the forms a person fills.</summary>
internal static class TutorialArrange
{
    public const string Priya = "priya@school.test";
    public const string Diego = "diego@school.test";
    public const string Amara = "amara@school.test";

    public const string Summary = "Summary: what will readers be able to do?";
    public const string Steps = "Steps, in Markdown";
    public const string Topics = "Topics (comma separated, up to 8)";

    /// <summary>The body of version <paramref name="number"/> of an arranged tutorial: its first step names the version.</summary>
    public static string BodyOf(int number) => $"## Steps\n\n1. Step of version {number}\n2. Shared last step";

    /// <summary>
    /// A tutorial by <paramref name="authorEmail"/> with <paramref name="versions"/> saved versions, published unless told
    /// otherwise; <paramref name="takenDown"/> publishes it and has Ms. Alvarez take it down.
    /// </summary>
    public static Task<int> AddTutorialAsync(LibraryAppFactory app, string authorEmail, string title, bool published = true, bool takenDown = false, int versions = 1) =>
        app.WithDbAsync(async db =>
        {
            var author = await db.Users.SingleAsync(user => user.Email == authorEmail);
            var byStudent = await db.UserRoles.AnyAsync(held => held.UserId == author.Id && db.Roles.Any(role => role.Id == held.RoleId && role.Name == nameof(LibraryRole.Student)));
            var now = DateTimeOffset.UtcNow;
            var tutorial = new Tutorial { AuthorId = author.Id, AuthorName = author.DisplayName, ByStudent = byStudent, Title = string.Empty, Summary = string.Empty, Body = string.Empty, CreatedAt = now };
            for (var number = 1; number <= versions; number++)
            {
                tutorial.Revise(new TutorialDraft(title, $"What {title} teaches.", BodyOf(number), ["testing"], null), author.Id, author.DisplayName, now.AddMinutes(number));
            }

            if (published || takenDown)
            {
                tutorial.Publish(now);
            }

            if (takenDown)
            {
                tutorial.TakeDown("It copies a page from a paid course.", "Ms. Alvarez");
            }

            db.Add(tutorial);
            await db.SaveChangesAsync();
            return tutorial.Id;
        });

    public static Task<int> AddCommentAsync(LibraryAppFactory app, int tutorialId, string authorEmail, string text) =>
        app.WithDbAsync(async db =>
        {
            var author = await db.Users.SingleAsync(user => user.Email == authorEmail);
            var comment = new TutorialComment { TutorialId = tutorialId, AuthorId = author.Id, AuthorName = author.DisplayName, Text = text, CreatedAt = DateTimeOffset.UtcNow };
            db.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });

    /// <summary>An open request by <paramref name="requesterEmail"/>, counting the asker's own vote as asking does.</summary>
    public static Task<int> AddRequestAsync(LibraryAppFactory app, string requesterEmail, string topic) =>
        app.WithDbAsync(async db =>
        {
            var requester = await db.Users.SingleAsync(user => user.Email == requesterEmail);
            var request = new TutorialRequest { RequesterId = requester.Id, RequesterName = requester.DisplayName, Topic = topic, Status = TutorialRequestStatus.Open, VoteCount = 1, CreatedAt = DateTimeOffset.UtcNow };
            db.Add(request);
            await db.SaveChangesAsync();
            db.Add(new TutorialRequestVote { TutorialRequestId = request.Id, UserId = requester.Id });
            await db.SaveChangesAsync();
            return request.Id;
        });

    public static Task<Tutorial> TutorialAsync(LibraryAppFactory app, int id) =>
        app.WithDbAsync(db => db.Set<Tutorial>().AsNoTracking().Include(tutorial => tutorial.Topics).SingleAsync(tutorial => tutorial.Id == id));

    public static Task<List<TutorialRevision>> RevisionsAsync(LibraryAppFactory app, int id) =>
        app.WithDbAsync(db => db.Set<TutorialRevision>().AsNoTracking().Where(revision => revision.TutorialId == id).OrderBy(revision => revision.Number).ToListAsync());

    public static Task<TutorialRequest> RequestAsync(LibraryAppFactory app, int id) =>
        app.WithDbAsync(db => db.Set<TutorialRequest>().AsNoTracking().SingleAsync(request => request.Id == id));

    /// <summary>Fills the write form (or the edit form) by the labels a person reads.</summary>
    public static WebForm FillTutorial(this WebForm form, string title, string summary, string body, string? topics = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new Dictionary<string, string> { ["Title"] = title, [Summary] = summary, [Steps] = body };
        if (topics is not null)
        {
            fields[Topics] = topics;
        }

        return form.Fill(fields);
    }

    /// <summary>Writes a tutorial through /tutorials/new (or the page given) and returns its id from the page it lands on.</summary>
    public static async Task<int> WriteAsync(TestBrowser author, string title, string summary, string body, string? topics = null, string page = "/tutorials/new")
    {
        ArgumentNullException.ThrowIfNull(author);
        var response = await (await author.OpenFormAsync(page, "Save draft")).FillTutorial(title, summary, body, topics).SubmitAsync();
        return IdIn(JourneySteps.RedirectTarget(response));
    }

    /// <summary>The tutorial id a /tutorials/{id} address ends with.</summary>
    public static int IdIn(string tutorialUrl)
    {
        ArgumentNullException.ThrowIfNull(tutorialUrl);
        Assert.StartsWith("/tutorials/", tutorialUrl, StringComparison.Ordinal);
        return int.Parse(tutorialUrl["/tutorials/".Length..], CultureInfo.InvariantCulture);
    }
}

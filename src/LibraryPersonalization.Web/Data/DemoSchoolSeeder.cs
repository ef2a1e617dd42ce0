using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Features.HelpDesk;
using LibraryPersonalization.Web.Features.Tutorials;
using Microsoft.AspNetCore.Identity;

namespace LibraryPersonalization.Web.Data;

/// <summary>Seeds what every install needs (roles, sliders, settings) and, on request, a demo school.</summary>
public sealed partial class DemoSchoolSeeder(
    LibraryDbContext db,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock,
    SchoolCalendar calendar)
{
    public const string DemoPassword = "Library-Demo-2026";

    private static readonly (string Email, string Name, LibraryRole Role, string? Grade)[] DemoPeople =
    [
        ("librarian@school.test", "Ms. Alvarez", LibraryRole.Librarian, null),
        ("teacher.okafor@school.test", "Mr. Okafor", LibraryRole.Teacher, null),
        ("teacher.lindqvist@school.test", "Ms. Lindqvist", LibraryRole.Teacher, null),
        ("maya@school.test", "Maya Chen", LibraryRole.Student, "9"),
        ("jonah@school.test", "Jonah Brooks", LibraryRole.Student, "9"),
        ("priya@school.test", "Priya Natarajan", LibraryRole.Student, "10"),
        ("diego@school.test", "Diego Ramos", LibraryRole.Student, "10"),
        ("amara@school.test", "Amara Okeke", LibraryRole.Student, "11"),
        ("liam@school.test", "Liam O'Connor", LibraryRole.Student, "11"),
        ("sofia@school.test", "Sofia Rossi", LibraryRole.Student, "12"),
        ("kenji@school.test", "Kenji Watanabe", LibraryRole.Student, "12"),
        ("zara@school.test", "Zara Ahmed", LibraryRole.Student, "9"),
        ("eli@school.test", "Eli Goldberg", LibraryRole.Student, "10"),
        ("noor@school.test", "Noor Haddad", LibraryRole.Student, "11"),
        ("tyler@school.test", "Tyler Johnson", LibraryRole.Student, "12"),
        ("ana@school.test", "Ana Souza", LibraryRole.Student, "9"),
        ("sam@school.test", "Sam Whitefeather", LibraryRole.Student, "10"),
    ];

    private static readonly string[] DefaultDeclineReasons =
    [
        "Already in the collection",
        "Outside the selection criteria",
        "Over this term's budget",
        "Not available from our suppliers",
        "Not suitable for our grade levels",
    ];

    public async Task SeedEssentialsAsync()
    {
        foreach (var role in Enum.GetNames<LibraryRole>())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var existing = await db.ElementVolumes.Select(volume => volume.Element).ToListAsync();
        db.ElementVolumes.AddRange(Enum.GetValues<EcosystemElement>().Except(existing)
            .Select(element => new ElementVolume { Element = element, Volume = Volume.LibrarianGenerated, ChangedAt = clock.GetUtcNow() }));

        if (!await db.CollectionSettings.AnyAsync())
        {
            db.CollectionSettings.Add(new CollectionSettings
            {
                CurrentTerm = "2026-27 Fall",
                OpenRequestLimitPerStudent = 3,
                StudentBookBudget = 500m,
                SelectionCriteria = """
                    We buy titles that: serve our students' reading interests and class inquiries;
                    have positive professional reviews or strong reader recommendations;
                    fit our grade levels (9-12);
                    add voices, perspectives and formats the collection lacks;
                    cost no more than $60 per copy.
                    """,
            });
        }

        if (!await db.DeclineReasons.AnyAsync())
        {
            db.DeclineReasons.AddRange(DefaultDeclineReasons.Select(text => new DeclineReason { Text = text }));
        }

        var limited = await db.BookingLimits.Select(limits => limits.Element).ToListAsync();
        db.BookingLimits.AddRange(DefaultBookingLimits.Where(limits => !limited.Contains(limits.Element)));

        await db.SaveChangesAsync();
    }

    /// <summary>Creates the school's first librarian from configuration when there is no librarian yet.</summary>
    public async Task EnsureFirstLibrarianAsync(string email, string name, string password)
    {
        if ((await users.GetUsersInRoleAsync(nameof(LibraryRole.Librarian))).Count > 0)
        {
            return;
        }

        await CreatePersonAsync(email, name, LibraryRole.Librarian, null, password);
    }

    /// <summary>Creates the demo people, catalog, requests and reviews once; returns the demo logins.</summary>
    public async Task<string> SeedDemoSchoolAsync()
    {
        foreach (var person in DemoPeople)
        {
            if (await users.FindByEmailAsync(person.Email) is not null)
            {
                continue;
            }

            await CreatePersonAsync(person.Email, person.Name, person.Role, person.Grade, DemoPassword);
        }

        if (!await db.Titles.AnyAsync())
        {
            db.Titles.AddRange(ReadCatalog());
            await db.SaveChangesAsync();
            await SeedActivityAsync();
        }

        if (!await db.BookableResources.AnyAsync())
        {
            await SeedZonesAndStudiosAsync();
        }

        if (!await db.HelpTickets().AnyAsync())
        {
            await SeedHelpDeskAsync();
        }

        if (!await db.Tutorials().AnyAsync())
        {
            await SeedTutorialsAsync();
        }

        return string.Join(", ", DemoPeople.Select(person => $"{person.Email} ({person.Role})"));
    }

    private async Task CreatePersonAsync(string email, string name, LibraryRole role, string? grade, string password)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, GradeLevel = grade };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", created.Errors.Select(error => error.Description))}");
        }

        await users.AddToRoleAsync(user, role.ToString());
    }

    public static IReadOnlyList<CatalogTitle> ReadCatalog()
    {
        using var stream = typeof(DemoSchoolSeeder).Assembly.GetManifestResourceStream("LibraryPersonalization.Web.Data.Seed.catalog.csv")
            ?? throw new InvalidOperationException("The demo catalog is not embedded.");
        using var reader = new StreamReader(stream);
        return CsvReader.Read(reader).Skip(1).Where(row => row.Length == 10).Select(row => new CatalogTitle
        {
            Title = row[0],
            Author = row[1],
            Isbn = row[2],
            Genre = row[3],
            Subjects = row[4].Replace(";", ", ", StringComparison.Ordinal),
            Year = int.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture),
            Publisher = row[6],
            Summary = row[7],
            Series = row[8].Length == 0 ? null : row[8],
            ReadingLevel = row[9],
        }).ToList();
    }

    private async Task SeedActivityAsync()
    {
        var now = clock.GetUtcNow();
        var students = await users.GetUsersInRoleAsync(nameof(LibraryRole.Student));
        var titles = await db.Titles.OrderBy(title => title.Id).Take(40).ToListAsync();
        string[] opinions =
        [
            "Couldn't put it down. The ending surprised me.",
            "Slow start but the characters grew on me.",
            "Great for anyone who likes big ideas and short chapters.",
            "I read this for class and ended up loving it.",
            "Good, but I wanted more about the side characters.",
        ];

        for (var index = 0; index < 24; index++)
        {
            var student = students[index % students.Count];
            var title = titles[(index * 7) % titles.Count];
            if (db.Reviews.Local.Any(review => review.TitleId == title.Id && review.AuthorId == student.Id))
            {
                continue;
            }

            db.Reviews.Add(new Review
            {
                TitleId = title.Id,
                AuthorId = student.Id,
                AuthorName = student.DisplayName,
                Rating = 3 + (index % 3),
                Text = opinions[index % opinions.Length],
                Status = index % 4 == 0 ? ModerationStatus.Pending : ModerationStatus.Published,
                CreatedAt = now.AddDays(-index),
            });
        }

        foreach (var title in titles)
        {
            var published = db.Reviews.Local.Where(review => review.TitleId == title.Id && review.Status == ModerationStatus.Published).ToList();
            title.RatingCount = published.Count;
            title.RatingTotal = published.Sum(review => review.Rating);
        }

        var term = (await db.CollectionSettings.SingleAsync()).CurrentTerm;
        (string Title, string Author, string Reason, RequestStatus Status)[] requests =
        [
            ("Legendborn", "Tracy Deonn", "Our fantasy club wants more Arthurian retellings.", RequestStatus.Submitted),
            ("The Poet X", "Elizabeth Acevedo", "We are writing verse novels in English class.", RequestStatus.UnderReview),
            ("Hidden Figures", "Margot Lee Shetterly", "For the women-in-STEM research project.", RequestStatus.Approved),
            ("Project Hail Mary", "Andy Weir", "Everyone who read The Martian is asking for it.", RequestStatus.Ordered),
        ];
        for (var index = 0; index < requests.Length; index++)
        {
            var (title, author, reason, status) = requests[index];
            var student = students[index];
            var request = new BookRequest
            {
                Title = title,
                Author = author,
                Reason = reason,
                Term = term,
                Status = status,
                SubmittedAt = now.AddDays(-10 + index),
                StatusChangedAt = now.AddDays(-5 + index),
                OpenKey = RequestWorkflow.IsActive(status) ? BookRequest.KeyFor(title, author, null) : null,
            };
            request.Supporters.Add(new BookRequestSupporter { StudentId = student.Id, StudentName = student.DisplayName, JoinedAt = request.SubmittedAt });
            db.BookRequests.Add(request);
        }

        await db.SaveChangesAsync();
    }
}

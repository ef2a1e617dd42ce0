using System.Globalization;

namespace LibraryPersonalization.Web.Tests.Authorization;

/// <summary>Fresh rows for one test case, written straight to the database so cases never share state.</summary>
internal static class CollectionArrange
{
    public const string Supporter = "sam@school.test";

    private static int nextIsbn;

    /// <summary>A short token unique to this run, safe inside titles, tags and HTML.</summary>
    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 12)];

    public static Task<int> FreshTitleAsync(LibraryAppFactory app, string? name = null) =>
        app.WithDbAsync(async db =>
        {
            var title = new CatalogTitle
            {
                Title = name ?? Unique("Fresh Title "),
                Author = "Test Author",
                Isbn = "977" + Interlocked.Increment(ref nextIsbn).ToString("D10", CultureInfo.InvariantCulture),
                Genre = "Test Fiction",
                Subjects = "testing",
                Year = 2024,
                Publisher = "Test Press",
                Summary = "A title created for one test case.",
            };
            db.Titles.Add(title);
            await db.SaveChangesAsync();
            return title.Id;
        });

    /// <summary>A submitted request (Version 0) in the current term, supported by <paramref name="supporterEmail"/>.</summary>
    public static async Task<int> FreshRequestAsync(LibraryAppFactory app, string supporterEmail = Supporter, string? title = null)
    {
        var supporterId = await app.UserIdAsync(supporterEmail);
        return await app.WithDbAsync(async db =>
        {
            var settings = await db.CollectionSettings.SingleAsync();
            var name = title ?? Unique("Requested Book ");
            var now = DateTimeOffset.UtcNow;
            var request = new BookRequest
            {
                Title = name,
                Author = "Requested Author",
                Reason = "Arranged for a test case.",
                Term = settings.CurrentTerm,
                Status = RequestStatus.Submitted,
                SubmittedAt = now,
                StatusChangedAt = now,
                OpenKey = BookRequest.KeyFor(name, "Requested Author", null),
            };
            request.Supporters.Add(new BookRequestSupporter { StudentId = supporterId, StudentName = supporterEmail, JoinedAt = now });
            db.BookRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
    }

    public static async Task<int> ReviewAsync(LibraryAppFactory app, int titleId, string authorEmail, string text, ModerationStatus status = ModerationStatus.Pending)
    {
        var authorId = await app.UserIdAsync(authorEmail);
        return await app.WithDbAsync(async db =>
        {
            var review = new Review
            {
                TitleId = titleId,
                AuthorId = authorId,
                AuthorName = authorEmail,
                Rating = 3,
                Text = text,
                Status = status,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Reviews.Add(review);
            await db.SaveChangesAsync();
            return review.Id;
        });
    }

    /// <summary>The moderation page a person pages to before they see this pending review (the queue lists the oldest first).</summary>
    public static async Task<string> ModerationPageOfAsync(LibraryAppFactory app, int reviewId)
    {
        var pending = await app.WithDbAsync(db => db.Reviews.Where(review => review.Status == ModerationStatus.Pending)
            .Select(review => new { review.Id, review.CreatedAt }).ToListAsync());
        var index = pending.OrderBy(review => review.CreatedAt).ToList().FindIndex(review => review.Id == reviewId);
        Assert.True(index >= 0, $"Review {reviewId} is not waiting for moderation");
        return $"/moderation?page={(index / 20) + 1}";
    }

    public static async Task GrantCommitteeAsync(LibraryAppFactory app, string studentEmail)
    {
        var studentId = await app.UserIdAsync(studentEmail);
        var librarianId = await app.UserIdAsync(LibraryAppFactory.Librarian);
        await app.WithDbAsync(async db =>
        {
            if (!await db.StudentDesignations.AnyAsync(held => held.StudentId == studentId && held.Element == EcosystemElement.Collection && held.Designation == Designation.SelectionCommittee))
            {
                db.StudentDesignations.Add(new StudentDesignation
                {
                    StudentId = studentId,
                    Element = EcosystemElement.Collection,
                    Designation = Designation.SelectionCommittee,
                    GrantedById = librarianId,
                    GrantedAt = DateTimeOffset.UtcNow,
                });
                await db.SaveChangesAsync();
            }
        });
    }

    /// <summary>Lets students keep many open requests so the per-term limit never masks an authorization outcome.</summary>
    public static Task RaiseOpenRequestLimitAsync(LibraryAppFactory app, int limit = 1000) =>
        app.WithDbAsync(db => db.CollectionSettings.ExecuteUpdateAsync(setters => setters.SetProperty(settings => settings.OpenRequestLimitPerStudent, limit)));

    /// <summary>Cookie authentication answers a role-protected URL with a redirect to /account/denied; follow only that hop.</summary>
    public static async Task<HttpResponseMessage> FollowAccessDeniedAsync(TestBrowser browser, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != HttpStatusCode.Redirect || PathOf(response) is not { } path || !path.StartsWith("/account/denied", StringComparison.OrdinalIgnoreCase))
        {
            return response;
        }

        return await browser.GetAsync(path);
    }

    /// <summary>The path and query a redirect points at, whether the Location header is absolute or relative.</summary>
    public static string? PathOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location;
        return location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static void AssertNoServerError(HttpResponseMessage response, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True((int)response.StatusCode < 500, $"{what} answered {(int)response.StatusCode}");
    }
}

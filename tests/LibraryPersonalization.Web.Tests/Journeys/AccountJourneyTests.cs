using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>Signing in, lockout, and the librarian managing people's accounts.</summary>
[Collection(JourneySteps.Collection)]
public class AccountJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private const string WrongPassword = "Not-The-Password-1";
    private const string NoMatch = "That email and password do not match an account.";
    private const string LockedOut = "Too many failed attempts. This account is locked for 15 minutes; the librarian can unlock it sooner.";
    private const string Deactivated = "This account has been deactivated. Please see the librarian.";

    [Fact]
    public async Task A_wrong_password_shows_an_error_on_the_sign_in_page()
    {
        using var browser = app.NewBrowser();

        var response = await browser.LoginAsync("diego@school.test", WrongPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BodyAsync(response);
        Assert.Contains(NoMatch, page, StringComparison.Ordinal);
        Assert.Contains("value=\"diego@school.test\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);

        var unknown = await browser.LoginAsync("nobody@school.test", WrongPassword);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains(NoMatch, await BodyAsync(unknown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_the_librarian_resets_the_password()
    {
        const string email = "kenji@school.test";
        using var browser = app.NewBrowser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await browser.LoginAsync(email, WrongPassword);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains(NoMatch, await BodyAsync(failed), StringComparison.Ordinal);
        }

        var fifth = await browser.LoginAsync(email, WrongPassword);
        Assert.Equal(HttpStatusCode.OK, fifth.StatusCode);
        Assert.Contains(LockedOut, await BodyAsync(fifth), StringComparison.Ordinal);

        var rightPassword = await browser.LoginAsync(email);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains(LockedOut, await BodyAsync(rightPassword), StringComparison.Ordinal);

        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        Assert.Contains("Locked out", await librarian.ReadPageAsync("/accounts?search=kenji"), StringComparison.Ordinal);
        var reset = await librarian.SubmitAsync("/accounts?search=kenji", "Reset password and unlock", new() { ["New temporary password"] = "Fresh-Start-2026" }, near: email);
        var accounts = await librarian.FollowAsync(reset);
        Assert.Contains("Password reset and account unlocked.", accounts, StringComparison.Ordinal);

        Assert.Contains(NoMatch, await BodyAsync(await browser.LoginAsync(email)), StringComparison.Ordinal);
        var signedIn = await browser.LoginAsync(email, "Fresh-Start-2026");
        Assert.Equal("/", RedirectTarget(signedIn));
        Assert.Contains("Welcome, Kenji Watanabe", await browser.ReadPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_librarian_resets_a_forgotten_password_and_the_person_signs_in_with_the_new_one()
    {
        const string email = "eli@school.test";
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var tooShort = await librarian.SubmitAsync("/accounts?search=eli", "Reset password and unlock", new() { ["New temporary password"] = "short" }, near: email);
        Assert.Contains("The new password needs at least 8 characters", await librarian.FollowAsync(tooShort), StringComparison.Ordinal);
        var blank = await librarian.SubmitAsync("/accounts?search=eli", "Reset password and unlock", new() { ["New temporary password"] = "" }, near: email);
        Assert.Contains("The new password needs at least 8 characters", await librarian.FollowAsync(blank), StringComparison.Ordinal);

        RedirectTarget(await librarian.SubmitAsync("/accounts?search=eli", "Reset password and unlock", new() { ["New temporary password"] = "Eli-Reads-2027" }, near: email));

        using var eli = app.NewBrowser();
        Assert.Contains(NoMatch, await BodyAsync(await eli.LoginAsync(email)), StringComparison.Ordinal);
        Assert.Equal("/", RedirectTarget(await eli.LoginAsync(email, "Eli-Reads-2027")));
        Assert.Contains("Welcome, Eli Goldberg", await eli.ReadPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_librarian_creates_a_student_account_that_is_listed_and_can_sign_in()
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var created = await librarian.SubmitAsync("/accounts/new", "Create account", new()
        {
            ["Name"] = "Beatriz Lopes",
            ["Email"] = "beatriz@school.test",
            ["Role"] = "Student",
            ["Grade (students)"] = "9",
            ["Temporary password"] = "Welcome-2026",
        });

        Assert.Equal("/accounts", RedirectTarget(created));
        Assert.Contains("Account created for Beatriz Lopes. Give them the temporary password in person.", await librarian.FollowAsync(created), StringComparison.Ordinal);
        var listed = await librarian.ReadPageAsync("/accounts?search=beatriz");
        Assert.Contains("Beatriz Lopes (grade 9)", listed, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Email\">beatriz@school.test</td>", listed, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Role\">Student</td>", listed, StringComparison.Ordinal);

        using var beatriz = app.NewBrowser();
        Assert.Equal("/", RedirectTarget(await beatriz.LoginAsync("beatriz@school.test", "Welcome-2026")));
        var home = await beatriz.ReadPageAsync("/");
        Assert.Contains("Welcome, Beatriz Lopes", home, StringComparison.Ordinal);
        Assert.Contains("Beatriz Lopes (Student)", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("priya@school.test")]
    [InlineData("PRIYA@School.Test")]
    public async Task Creating_an_account_with_an_email_already_in_use_shows_an_error(string email)
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var before = await app.WithDbAsync(db => db.Users.CountAsync());

        var response = await librarian.SubmitAsync("/accounts/new", "Create account", new()
        {
            ["Name"] = "Another Priya",
            ["Email"] = email,
            ["Role"] = "Student",
            ["Temporary password"] = "Welcome-2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BodyAsync(response);
        Assert.Contains("An account with this email already exists.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Another Priya\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("Temporary password", "", "The temporary password needs at least 8 characters")]
    [InlineData("Temporary password", "   ", "The temporary password needs at least 8 characters")]
    [InlineData("Email", "long", "The email address can have at most 256 characters.")]
    [InlineData("Grade (students)", "long", "The grade level can have at most 20 characters.")]
    public async Task An_account_form_with_a_blank_or_over_long_field_shows_the_error_and_creates_nothing(string field, string value, string error)
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var before = await app.WithDbAsync(db => db.Users.CountAsync());
        var fields = new Dictionary<string, string>
        {
            ["Name"] = "Gus Fielding",
            ["Email"] = "gus@school.test",
            ["Role"] = "Student",
            ["Temporary password"] = "Welcome-2026",
        };
        fields[field] = value == "long" ? new string('g', 10_000) + "@school.test" : value;

        var response = await librarian.SubmitAsync("/accounts/new", "Create account", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(error, await BodyAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_deactivated_student_cannot_sign_in_until_the_librarian_reactivates_them()
    {
        const string email = "noor@school.test";
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var deactivated = await librarian.SubmitAsync("/accounts?search=noor", "Deactivate account", near: email);
        Assert.Contains("Account deactivated", await librarian.FollowAsync(deactivated), StringComparison.Ordinal);
        Assert.Contains("Deactivated", await librarian.ReadPageAsync("/accounts?search=noor"), StringComparison.Ordinal);

        using var noor = app.NewBrowser();
        var refused = await noor.LoginAsync(email);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Deactivated, await BodyAsync(refused), StringComparison.Ordinal);
        Assert.Contains(NoMatch, await BodyAsync(await noor.LoginAsync(email, WrongPassword)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await noor.GetAsync("/")).StatusCode);

        var reactivated = await librarian.SubmitAsync("/accounts?search=noor", "Reactivate account", near: email);
        Assert.Contains("Account reactivated.", await librarian.FollowAsync(reactivated), StringComparison.Ordinal);
        Assert.Equal("/", RedirectTarget(await noor.LoginAsync(email)));
        Assert.Contains("Welcome, Noor Haddad", await noor.ReadPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task There_is_no_public_registration_page()
    {
        using var visitor = app.NewBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/account/register")).StatusCode);
        Assert.Contains("Librarians create accounts", await visitor.ReadPageAsync("/account/login"), StringComparison.Ordinal);

        using var student = await TestBrowser.SignedInAsync(app, "zara@school.test");
        Assert.Equal(HttpStatusCode.NotFound, (await student.GetAsync("/account/register")).StatusCode);
        var createAsStudent = await student.GetAsync("/accounts/new");
        Assert.Equal(HttpStatusCode.Redirect, createAsStudent.StatusCode);
        Assert.Contains("/account/denied", createAsStudent.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_home_pages_show_what_needs_attention_and_a_students_does_not()
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var teacher = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Teacher);
        using var student = await TestBrowser.SignedInAsync(app, "ana@school.test");
        var openRequests = await app.WithDbAsync(db => db.BookRequests.CountAsync(request => request.Status == Domain.Catalog.RequestStatus.Submitted || request.Status == Domain.Catalog.RequestStatus.UnderReview));
        var pendingReviews = await app.WithDbAsync(db => db.Reviews.CountAsync(review => review.Status == Domain.Catalog.ModerationStatus.Pending));

        foreach (var staff in new[] { librarian, teacher })
        {
            var home = await staff.GetPageAsync("/");
            Assert.Contains("Needs attention", home, StringComparison.Ordinal);
            Assert.Equal(openRequests, AttentionCount(home, "/requests?status=open"));
            Assert.Equal(pendingReviews, AttentionCount(home, "/moderation"));
        }

        var studentHome = await student.GetPageAsync("/");
        Assert.DoesNotContain("Needs attention", studentHome, StringComparison.Ordinal);
        Assert.DoesNotContain("needs-attention", studentHome, StringComparison.Ordinal);
        Assert.Contains("My book requests", studentHome, StringComparison.Ordinal);
    }
}

using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>Signing out ends the session on the server: a copied cookie is refused afterwards.</summary>
public class SignOutTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    internal const string AuthCookie = "library.auth";

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_is_refused()
    {
        var jar = new CookieJar();
        using var student = new TestBrowser(app.CreateDefaultClient(jar));
        Assert.Equal("/", RedirectTarget(await student.LoginAsync("priya@school.test")));
        var copied = jar.Cookies[AuthCookie];

        Assert.Equal("/account/login", RedirectTarget(await student.SubmitAsync("/", "Sign out")));

        using var replay = new TestBrowser(app.CreateDefaultClient(new CookieJar(AuthCookie, copied)));
        await AssertSignedOutAsync(replay);
    }

    [Fact]
    public async Task A_second_instance_on_the_same_database_keeps_the_person_signed_in()
    {
        var jar = new CookieJar();
        using var student = new TestBrowser(app.CreateDefaultClient(jar));
        Assert.Equal("/", RedirectTarget(await student.LoginAsync("kenji@school.test")));
        Assert.NotEqual(0, await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));

        await using var secondInstance = app.WithWebHostBuilder(_ => { });
        using var sameBrowser = new TestBrowser(secondInstance.CreateDefaultClient(new CookieJar(AuthCookie, jar.Cookies[AuthCookie])));
        var home = await sameBrowser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Kenji Watanabe", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_browser_of_that_person_and_no_one_else()
    {
        using var laptop = await TestBrowser.SignedInAsync(app, "diego@school.test");
        using var phone = await TestBrowser.SignedInAsync(app, "diego@school.test");
        using var classmate = await TestBrowser.SignedInAsync(app, "amara@school.test");
        Assert.Contains("signed in on <strong>2</strong> browsers", await laptop.GetPageAsync("/account/sign-ins"), StringComparison.Ordinal);

        var ended = await laptop.SubmitAsync("/account/sign-ins", "Sign out everywhere");

        Assert.Equal("/account/login", RedirectTarget(ended));
        await AssertSignedOutAsync(laptop);
        await AssertSignedOutAsync(phone);
        Assert.Equal(HttpStatusCode.OK, (await classmate.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_librarian_ends_all_sign_ins_of_an_account_and_it_is_audited()
    {
        const string email = "sofia@school.test";
        using var sofia = await TestBrowser.SignedInAsync(app, email);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        var ended = await librarian.SubmitAsync("/accounts?search=sofia", "End all sign-ins", near: email);

        Assert.Contains("Signed out on 1 browser.", await librarian.FollowAsync(ended), StringComparison.Ordinal);
        await AssertSignedOutAsync(sofia);
        Assert.Equal(HttpStatusCode.OK, (await librarian.GetAsync("/")).StatusCode);
        var sofiaId = await app.UserIdAsync(email);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(entry => entry.Action == "Accounts.EndSignIns" && entry.Details.Contains(sofiaId))));
    }

    [Fact]
    public async Task Deactivating_an_account_signs_the_person_out_at_once()
    {
        const string email = "tyler@school.test";
        using var tyler = await TestBrowser.SignedInAsync(app, email);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);

        await librarian.SubmitAsync("/accounts?search=tyler", "Deactivate account", near: email);

        await AssertSignedOutAsync(tyler);
    }

    internal static async Task AssertSignedOutAsync(TestBrowser browser) =>
        Assert.Equal("/account/login", new Uri(new Uri("http://localhost"), RedirectTarget(await browser.GetAsync("/"))).AbsolutePath);
}

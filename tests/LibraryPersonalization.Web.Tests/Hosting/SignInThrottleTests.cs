using Microsoft.AspNetCore.Mvc.Testing;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>Sign-in attempts are limited per account and per address, before the password is even checked.</summary>
public class SignInThrottleTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task After_too_many_attempts_on_one_account_even_the_right_password_waits_a_minute_while_other_accounts_sign_in()
    {
        await using var limited = app.WithWebHostBuilder(builder => builder.UseSetting("SignIn:AttemptsPerAccountPerMinute", "3"));
        using var browser = Browser(limited);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.LoginAsync("sofia@school.test", "not-her-password")).StatusCode);
        }

        var refused = await browser.LoginAsync("sofia@school.test");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        Assert.Contains("Too many sign-in attempts for this account. Wait a minute and try again.", await BodyAsync(refused), StringComparison.Ordinal);
        Assert.Equal("/", RedirectTarget(await browser.LoginAsync("zara@school.test")));
    }

    [Fact]
    public async Task One_address_trying_many_accounts_is_slowed_down()
    {
        await using var limited = app.WithWebHostBuilder(builder => builder.UseSetting("SignIn:AttemptsPerAddressPerMinute", "4"));
        using var browser = Browser(limited);
        foreach (var email in new[] { "eli@school.test", "noor@school.test", "tyler@school.test", "ana@school.test" })
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.LoginAsync(email, "guessed-password")).StatusCode);
        }

        var refused = await browser.LoginAsync("sam@school.test");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many sign-in attempts from this network.", await BodyAsync(refused), StringComparison.Ordinal);
    }

    private static TestBrowser Browser(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
}

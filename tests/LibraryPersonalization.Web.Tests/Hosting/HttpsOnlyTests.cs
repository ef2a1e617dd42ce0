using Microsoft.AspNetCore.Mvc.Testing;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>Outside Development (here forced with <c>Hosting:HttpsOnly</c>) the site speaks HTTPS only and its cookies never travel in clear.</summary>
public class HttpsOnlyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task Plain_http_is_redirected_to_https()
    {
        await using var site = HttpsOnly();
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://library.school.test") });

        var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://library.school.test/account/login", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Over_https_the_browser_is_told_to_stay_on_https_and_every_cookie_is_secure()
    {
        await using var site = HttpsOnly();
        using var browser = new TestBrowser(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://library.school.test") }));

        var loginPage = await browser.GetAsync("/account/login");

        Assert.True(loginPage.Headers.Contains("Strict-Transport-Security"), "No HSTS header over HTTPS");
        var antiforgery = Assert.Single(loginPage.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("library.antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task In_development_plain_http_works_so_the_demo_runs_without_a_certificate()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

        var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers.GetValues("Set-Cookie"), cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    private WebApplicationFactory<Program> HttpsOnly() => app.WithWebHostBuilder(builder => builder.UseSetting("Hosting:HttpsOnly", "true"));
}

using LibraryPersonalization.Data;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>A real school starts without the demo seed: the configured first librarian can sign in and nobody else exists.</summary>
public class FirstLibrarianTests : IDisposable
{
    private readonly LibraryAppFactory app = new();

    [Fact]
    public async Task A_school_without_the_demo_seed_gets_only_the_configured_librarian()
    {
        using var school = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Seed:DemoSchool", "false");
            builder.UseSetting("Bootstrap:LibrarianEmail", "head.librarian@realschool.test");
            builder.UseSetting("Bootstrap:LibrarianName", "Ms. Head");
            builder.UseSetting("Bootstrap:LibrarianPassword", "First-Start-2026");
        });
        using var browser = new TestBrowser(school.CreateClient(new() { AllowAutoRedirect = false }));

        var signedIn = await browser.LoginAsync("head.librarian@realschool.test", "First-Start-2026");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("Ms. Head", await browser.GetPageAsync("/accounts"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.LoginAsync(LibraryAppFactory.Student)).StatusCode);
        await using var scope = school.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(0, await db.Titles.CountAsync());
    }

    public void Dispose()
    {
        app.Dispose();
        GC.SuppressFinalize(this);
    }
}

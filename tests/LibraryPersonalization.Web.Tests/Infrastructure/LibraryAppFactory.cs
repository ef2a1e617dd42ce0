using LibraryPersonalization.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>The real app on its own database (a SQLite file unless a subclass brings another), migrated and seeded with the demo school. One per test class.</summary>
public class LibraryAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "Library-Demo-2026";
    public const string Librarian = "librarian@school.test";
    public const string Teacher = "teacher.okafor@school.test";
    public const string Student = "maya@school.test";
    public const string OtherStudent = "jonah@school.test";

    private readonly ITestDatabase database;

    public LibraryAppFactory()
        : this(new SqliteTestDatabase())
    {
    }

    protected LibraryAppFactory(ITestDatabase database) => this.database = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Library", database.ConnectionString);
        builder.UseSetting("Seed:DemoSchool", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every test signs in from the same address, and a class signs the same librarian in many times a minute;
        // SignInThrottleTests set the limits they test.
        builder.UseSetting("SignIn:AttemptsPerAddressPerMinute", "100000");
        builder.UseSetting("SignIn:AttemptsPerAccountPerMinute", "100000");
        // Background jobs change the database only when a test runs them itself (ClockedAppFactory.SweepAsync), or
        // turns the scheduler on (SweepRuns.Record).
        builder.UseSetting("Scheduler:RunJobs", "false");
    }

    public TestBrowser NewBrowser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<T> WithDbAsync<T>(Func<LibraryDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LibraryDbContext>());
    }

    /// <summary>Reads the database without the app's services, which are gone once the site has stopped.</summary>
    public async Task<T> WithDbAfterStopAsync<T>(Func<LibraryDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var db = new LibraryDbContext(new DbContextOptionsBuilder<LibraryDbContext>().UseLibraryDatabase(database.Provider, database.ConnectionString).Options);
        return await work(db);
    }

    public Task WithDbAsync(Func<LibraryDbContext, Task> work) =>
        WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });

    /// <summary>Arranges a slider position directly, as a librarian would have set it.</summary>
    public Task SetVolumeAsync(EcosystemElement element, Volume volume) =>
        WithDbAsync(db => db.ElementVolumes.Where(setting => setting.Element == element)
            .ExecuteUpdateAsync(setters => setters.SetProperty(setting => setting.Volume, volume)));

    public Task<string> UserIdAsync(string email) =>
        WithDbAsync(db => db.Users.Where(user => user.Email == email).Select(user => user.Id).SingleAsync());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        database.Delete();
    }
}

using System.Net;
using LibraryPersonalization.Data;
using LibraryPersonalization.Domain.Ecosystem;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryPersonalization.Browser.Tests.Infrastructure;

/// <summary>
/// The real app (the real Program and pipeline) served by a real Kestrel on 127.0.0.1 and a free port,
/// on its own SQLite file, migrated and seeded with the demo school.
/// </summary>
public sealed class LibraryServer : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"library-browser-tests-{Guid.NewGuid():N}.db");

    public LibraryServer() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri RootUri { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its addresses.");
        RootUri = new Uri(addresses.Addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Library", $"Data Source={databasePath}");
        builder.UseSetting("Seed:DemoSchool", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every test signs in from the same address; SignInThrottleTests set the limits they test.
        builder.UseSetting("SignIn:AttemptsPerAddressPerMinute", "100000");
    }

    public async Task<T> WithDbAsync<T>(Func<LibraryDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LibraryDbContext>());
    }

    /// <summary>Arranges a slider position directly, as a librarian would have set it.</summary>
    public Task<int> SetVolumeAsync(EcosystemElement element, Volume volume) =>
        WithDbAsync(db => db.ElementVolumes.Where(setting => setting.Element == element)
            .ExecuteUpdateAsync(setters => setters.SetProperty(setting => setting.Volume, volume)));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}

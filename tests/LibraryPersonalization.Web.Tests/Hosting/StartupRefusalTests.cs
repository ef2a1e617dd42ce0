using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>The site as an operator starts it (its own process): a start it must refuse ends at once with one line that says why.</summary>
public class StartupRefusalTests
{
    [Fact]
    public async Task A_taken_port_stops_the_site_with_one_line_naming_the_port_and_a_failing_exit_code()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture)}";

        var (exitCode, output) = await RunSiteAsync("Development", "--urls", url, "--Seed:DemoSchool=false");

        Assert.Equal(1, exitCode);
        Assert.Contains($"Failed to bind to address {url}: address already in use. Another program, perhaps another copy of this site, is using that port", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_seed_is_refused_outside_development_before_any_account_is_created()
    {
        var (exitCode, output, databaseCreated) = await RunSiteOnFreshDatabaseAsync("Production", "--urls", "http://127.0.0.1:0", "--Seed:DemoSchool=true");

        Assert.Equal(1, exitCode);
        Assert.Contains("Refusing to seed the demo school in the Production environment: its accounts share a password published in the README.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(databaseCreated);
    }

    [Fact]
    public async Task The_demo_seed_runs_outside_development_only_when_explicitly_allowed()
    {
        await using var app = new LibraryAppFactory();
        await using var demo = app.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Seed:AllowOutsideDevelopment", "true");
        });
        using var browser = new TestBrowser(demo.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(LibraryAppFactory.Librarian)).StatusCode);
    }

    private static async Task<(int ExitCode, string Output)> RunSiteAsync(string environment, params string[] arguments)
    {
        var (exitCode, output, _) = await RunSiteOnFreshDatabaseAsync(environment, arguments);
        return (exitCode, output);
    }

    /// <summary>Runs the built site with <c>dotnet LibraryPersonalization.Web.dll</c> on a new SQLite file until it exits.</summary>
    private static async Task<(int ExitCode, string Output, bool DatabaseCreated)> RunSiteOnFreshDatabaseAsync(string environment, params string[] arguments)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"library-startup-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "LibraryPersonalization.Web.dll", "--environment", environment, "--ConnectionStrings:Library", $"Data Source={databasePath}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var site = Process.Start(start)!;
        var output = Task.WhenAll(site.StandardOutput.ReadToEndAsync(), site.StandardError.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await site.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            site.Kill(entireProcessTree: true);
            throw new TimeoutException($"The site kept running: {string.Concat(await output)}");
        }

        var databaseCreated = File.Exists(databasePath);
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }

        return (site.ExitCode, string.Concat(await output), databaseCreated);
    }
}

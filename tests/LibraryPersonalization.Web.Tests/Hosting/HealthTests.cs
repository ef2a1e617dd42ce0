using System.Text.Json;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>What a load balancer or an operator's probe sees, without signing in.</summary>
public class HealthTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task Liveness_answers_healthy_to_anyone()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_reports_the_database_and_the_migrations_and_turns_unhealthy_when_a_migration_is_missing()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal(["database", "migrations"], report.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("name").GetString() ?? string.Empty).Order().ToArray());

        var latest = await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT MigrationId AS Value FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1").SingleAsync());
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM __EFMigrationsHistory WHERE MigrationId = {0}", latest));
        try
        {
            var notReady = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
            var body = await notReady.Content.ReadAsStringAsync();
            Assert.Contains("1 migrations are not applied", body, StringComparison.Ordinal);
            Assert.Contains(latest, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Data Source", body, StringComparison.Ordinal);
        }
        finally
        {
            await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ({0}, '10.0.11')", latest));
        }
    }
}

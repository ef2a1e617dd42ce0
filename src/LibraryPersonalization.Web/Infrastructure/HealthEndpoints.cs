using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>
/// <c>/health</c> answers while the process serves requests (liveness); <c>/health/ready</c> also needs the database
/// reachable with every migration applied (readiness), so a load balancer sends no one to an instance that would fail.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddLibraryHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<LibraryDbContext>("database", tags: [Ready])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: [Ready]);
        return services;
    }

    public static WebApplication MapLibraryHealthChecks(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteReportAsync }).AllowAnonymous();
        return app;
    }

    /// <summary>Each check's name, status and description: enough for an operator, nothing secret (no connection strings or exceptions).</summary>
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(entry => new { name = entry.Key, status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}

/// <summary>Unhealthy while the database lacks a migration this build expects (a deploy that skipped <c>database update</c>).</summary>
public sealed class MigrationsAppliedCheck(LibraryDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Every migration is applied.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied: {string.Join(", ", pending)}.");
    }
}

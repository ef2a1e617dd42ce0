namespace LibraryPersonalization.Web.Features.Collection.Search;

/// <summary>Builds the catalog index once the site has started, so the first reader does not wait for it.</summary>
public sealed class CatalogIndexWarmer(IServiceScopeFactory scopes, CatalogIndex index, IHostApplicationLifetime lifetime, ILogger<CatalogIndexWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A site that never starts (its port taken) has no reader to warm for; it must stop without a query in flight.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(started.SetResult))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await index.CatchUpAsync(scope.ServiceProvider.GetRequiredService<LibraryDbContext>(), stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The catalog index could not be built at start-up; the first search will try again");
        }
    }
}

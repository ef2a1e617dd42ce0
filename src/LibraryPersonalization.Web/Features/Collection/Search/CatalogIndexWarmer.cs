namespace LibraryPersonalization.Web.Features.Collection.Search;

/// <summary>Builds the catalog index as the site starts, so the first reader does not wait for it.</summary>
public sealed class CatalogIndexWarmer(IServiceScopeFactory scopes, CatalogIndex index, ILogger<CatalogIndexWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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

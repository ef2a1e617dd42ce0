using System.Collections.Concurrent;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>
/// A query EF compiles once per database provider: a compiled query keeps the SQL of the first context it runs on, and one
/// process may serve several providers (the tests run SQLite and PostgreSQL side by side).
/// </summary>
public sealed class CompiledPerProvider<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<string, TQuery> byProvider = new(StringComparer.Ordinal);

    public TQuery For(LibraryDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return byProvider.GetOrAdd(db.Database.ProviderName ?? string.Empty, _ => compile());
    }
}

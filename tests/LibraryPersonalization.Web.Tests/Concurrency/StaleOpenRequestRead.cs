using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LibraryPersonalization.Web.Tests.Concurrency;

/// <summary>
/// Makes the next query that looks up an open request by <paramref name="openKey"/> miss it, once: exactly what a
/// READ COMMITTED database (SQL Server, the docker-compose deployment) shows a submission whose lookup ran just before
/// a classmate's identical request committed. SQLite cannot interleave that way (Microsoft.Data.Sqlite begins every
/// transaction IMMEDIATE, so commands run one after another), so the interleaving is injected here instead.
/// </summary>
internal sealed class StaleOpenRequestRead(string openKey) : DbCommandInterceptor
{
    private int armed = 1;

    public bool Fired => Volatile.Read(ref armed) == 0;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        MissTheKey(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        MissTheKey(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void MissTheKey(DbCommand command)
    {
        var parameter = command.Parameters.Cast<DbParameter>().FirstOrDefault(parameter => openKey.Equals(parameter.Value as string, StringComparison.Ordinal));
        if (parameter is not null && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && Interlocked.Exchange(ref armed, 0) == 1)
        {
            parameter.Value = "stale-read:" + openKey;
        }
    }
}

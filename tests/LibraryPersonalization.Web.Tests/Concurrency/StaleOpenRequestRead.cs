using System.Data.Common;

namespace LibraryPersonalization.Web.Tests.Concurrency;

/// <summary>
/// Makes the next query that looks up an open request by <paramref name="openKey"/> miss it, once: exactly what a
/// READ COMMITTED database (SQL Server, the docker-compose deployment) shows a submission whose lookup ran just before
/// a classmate's identical request committed. SQLite cannot interleave that way (Microsoft.Data.Sqlite begins every
/// transaction IMMEDIATE, so commands run one after another), so the interleaving is injected here instead.
/// </summary>
internal sealed class StaleOpenRequestRead(string openKey) : OnceInterceptor
{
    protected override bool Targets(DbCommand command) =>
        command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && KeyParameter(command) is not null;

    protected override void Meddle(DbCommand command) => KeyParameter(command)!.Value = "stale-read:" + openKey;

    private DbParameter? KeyParameter(DbCommand command) =>
        command.Parameters.Cast<DbParameter>().FirstOrDefault(parameter => openKey.Equals(parameter.Value as string, StringComparison.Ordinal));
}

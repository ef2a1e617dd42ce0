using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LibraryPersonalization.Data;

/// <summary>Tells a lost race (another writer got there first) from other failures to save, on every provider.</summary>
public static class RaceDetection
{
    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;
    private const int SqlServerUniqueIndexViolation = 2601;
    private const int SqlServerUniqueConstraintViolation = 2627;

    /// <summary>A concurrency token that no longer matched, or a unique key another writer took first.</summary>
    public static bool IsLostRace(this DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException || exception.IsUniqueViolation();

    public static bool IsUniqueViolation(this DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            SqlException sqlServer => sqlServer.Number is SqlServerUniqueIndexViolation or SqlServerUniqueConstraintViolation,
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUniqueViolation or SqlitePrimaryKeyViolation,
            _ => false,
        };
    }
}

using Microsoft.EntityFrameworkCore;

namespace LibraryPersonalization.Data;

/// <summary>Chooses the EF Core provider and its migrations assembly from <c>Database:Provider</c>.</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string PostgreSql = "PostgreSql";

    /// <summary>
    /// <c>ids.Contains(x.Id)</c> becomes one array parameter, so its SQL is generated once and cached. EF's default
    /// (one parameter per element) generates the SQL again on every execution, under a lock (ADR 0016).
    /// </summary>
    private const ParameterTranslationMode OneCollectionParameter = ParameterTranslationMode.Parameter;

    public static TBuilder UseLibraryDatabase<TBuilder>(this TBuilder options, string provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = Choose<DbContextOptionsBuilder>(
            provider,
            sqlite: () => options.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly("LibraryPersonalization.Migrations.Sqlite")
                .UseParameterizedCollectionMode(OneCollectionParameter)),
            sqlServer: () => options.UseSqlServer(connectionString, sql => sql
                .MigrationsAssembly("LibraryPersonalization.Migrations.SqlServer")
                .UseParameterizedCollectionMode(OneCollectionParameter)
                .EnableRetryOnFailure()),
            postgreSql: () => options.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly("LibraryPersonalization.Migrations.PostgreSql")
                .UseParameterizedCollectionMode(OneCollectionParameter)
                .EnableRetryOnFailure()));
        return options;
    }

    /// <summary>Whatever else reaches the database (the job scheduler) picks its driver with the same setting and the same refusal.</summary>
    public static T Choose<T>(string provider, Func<T> sqlite, Func<T> sqlServer, Func<T> postgreSql)
    {
        ArgumentNullException.ThrowIfNull(sqlite);
        ArgumentNullException.ThrowIfNull(sqlServer);
        ArgumentNullException.ThrowIfNull(postgreSql);
        return provider switch
        {
            Sqlite => sqlite(),
            SqlServer => sqlServer(),
            PostgreSql => postgreSql(),
            _ => throw new InvalidOperationException($"Database:Provider must be '{Sqlite}', '{SqlServer}' or '{PostgreSql}', not '{provider}'."),
        };
    }
}

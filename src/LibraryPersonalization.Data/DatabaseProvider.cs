using Microsoft.EntityFrameworkCore;

namespace LibraryPersonalization.Data;

/// <summary>Chooses the EF Core provider and its migrations assembly from <c>Database:Provider</c>.</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string PostgreSql = "PostgreSql";

    public static TBuilder UseLibraryDatabase<TBuilder>(this TBuilder options, string provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = provider switch
        {
            Sqlite => options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("LibraryPersonalization.Migrations.Sqlite")),
            SqlServer => options.UseSqlServer(connectionString, sql => sql
                .MigrationsAssembly("LibraryPersonalization.Migrations.SqlServer")
                .EnableRetryOnFailure()),
            PostgreSql => options.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly("LibraryPersonalization.Migrations.PostgreSql")
                .EnableRetryOnFailure()),
            _ => throw new InvalidOperationException($"Database:Provider must be '{Sqlite}', '{SqlServer}' or '{PostgreSql}', not '{provider}'."),
        };
        return options;
    }
}

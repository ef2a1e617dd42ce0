using LibraryPersonalization.Data;

namespace LibraryPersonalization.Web.Tests;

public class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.SqlServer, "Server=localhost;Database=Unused;TrustServerCertificate=True")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=localhost;Database=unused")]
    public void Each_provider_has_migrations_for_the_current_model(string provider, string connectionString)
    {
        using var db = new LibraryDbContext(new DbContextOptionsBuilder<LibraryDbContext>().UseLibraryDatabase(provider, connectionString).Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations lag the model: add a migration for {provider} (see docs/operations.md).");
    }
}

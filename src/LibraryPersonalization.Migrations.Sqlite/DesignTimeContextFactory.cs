using LibraryPersonalization.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LibraryPersonalization.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build this provider's model without starting the web host.</summary>
public class DesignTimeContextFactory : IDesignTimeDbContextFactory<LibraryDbContext>
{
    public LibraryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LibraryDbContext>()
            .UseLibraryDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db")
            .Options);
}

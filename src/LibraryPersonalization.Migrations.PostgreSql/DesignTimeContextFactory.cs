using LibraryPersonalization.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LibraryPersonalization.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build this provider's model without starting the web host.</summary>
public class DesignTimeContextFactory : IDesignTimeDbContextFactory<LibraryDbContext>
{
    public LibraryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LibraryDbContext>()
            .UseLibraryDatabase(DatabaseProvider.PostgreSql, "Host=localhost;Database=library_personalization;Username=library")
            .Options);
}

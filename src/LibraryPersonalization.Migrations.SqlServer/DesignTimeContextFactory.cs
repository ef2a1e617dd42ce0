using LibraryPersonalization.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LibraryPersonalization.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build this provider's model without starting the web host.</summary>
public class DesignTimeContextFactory : IDesignTimeDbContextFactory<LibraryDbContext>
{
    public LibraryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LibraryDbContext>()
            .UseLibraryDatabase(DatabaseProvider.SqlServer, "Server=localhost;Database=LibraryPersonalization;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}

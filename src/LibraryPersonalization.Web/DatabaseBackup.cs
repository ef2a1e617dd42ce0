using Microsoft.Data.Sqlite;

namespace LibraryPersonalization.Web;

/// <summary>
/// <c>dotnet run --project src/LibraryPersonalization.Web -- backup FILE</c>: an online copy of the SQLite database through
/// SQLite's backup API, consistent and safe while the site serves writes (WAL content included). SQL Server and PostgreSQL
/// have their own tools (docs/operations.md).
/// </summary>
public static class DatabaseBackup
{
    public static bool IsRequested(string[] args) => args is ["backup", _];

    /// <summary>Exit code 0 when the backup was written; 1, with the reason on the console, when it was not.</summary>
    public static int Run(IConfiguration configuration, string target, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        var provider = configuration["Database:Provider"] ?? DatabaseProvider.Sqlite;
        if (provider != DatabaseProvider.Sqlite)
        {
            output.WriteLine($"The backup command copies SQLite databases; this site uses {provider}. Use its own backup tool: see docs/operations.md, \"Backups\".");
            return 1;
        }

        var fullTarget = Path.GetFullPath(target);
        if (File.Exists(fullTarget))
        {
            output.WriteLine($"{fullTarget} already exists: choose a new file name, so no earlier backup is overwritten.");
            return 1;
        }

        var source = configuration.GetConnectionString("Library") ?? throw new InvalidOperationException("ConnectionStrings:Library is not set.");
        var sourceFile = new SqliteConnectionStringBuilder(source).DataSource;
        if (!File.Exists(sourceFile))
        {
            output.WriteLine($"There is no database at {Path.GetFullPath(sourceFile)} to back up.");
            return 1;
        }

        Backup(source, fullTarget);
        output.WriteLine($"Backed up {Path.GetFullPath(sourceFile)} to {fullTarget}. To restore: stop the site, put the file in place as the database, delete its old -wal and -shm files, start the site.");
        return 0;
    }

    public static void Backup(string sourceConnectionString, string targetFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder(sourceConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = targetFile, Pooling = false }.ToString());
        source.Open();
        destination.Open();
        source.BackupDatabase(destination);
    }
}

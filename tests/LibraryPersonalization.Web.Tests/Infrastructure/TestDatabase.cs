using LibraryPersonalization.Data;
using Microsoft.Data.Sqlite;

namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>The database one app factory owns: which provider, where, and how to throw it away afterwards.</summary>
public interface ITestDatabase
{
    string Provider { get; }

    string ConnectionString { get; }

    void Delete();
}

/// <summary>A SQLite file of its own in the temp folder.</summary>
public sealed class SqliteTestDatabase(string path) : ITestDatabase
{
    public SqliteTestDatabase()
        : this(Path.Combine(Path.GetTempPath(), $"library-tests-{Guid.NewGuid():N}.db"))
    {
    }

    public string Provider => DatabaseProvider.Sqlite;

    public string ConnectionString => $"Data Source={path}";

    /// <summary>Clears only this file's pooled connections: clearing every pool would close the connections of
    /// test classes still running, and a WAL database reopened while its last connection closes can answer "locked".</summary>
    public void Delete()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

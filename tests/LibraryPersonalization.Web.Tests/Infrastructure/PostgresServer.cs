using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using LibraryPersonalization.Data;
using Npgsql;

namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server from Debian's <c>postgresql</c> package, in a temp folder on a free port, for the whole
/// test run: the README's <c>dotnet test</c> needs no running service. initdb refuses root, so as root (CI) every server
/// program runs as the <c>postgres</c> user the package creates.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string PackageRoot = "/usr/lib/postgresql";
    private const string InstallHint = "sudo apt-get install -y --no-install-recommends postgresql";

    private readonly string bin;
    private readonly string folder;
    private readonly string data;
    private readonly int port;

    public PostgresServer()
    {
        bin = FindBinaries();
        folder = CreateFolder();
        data = Path.Combine(folder, "data");
        port = FreePort();
        Run("initdb", "--pgdata", data, "--username", "postgres", "--auth", "trust", "--encoding", "UTF8", "--locale", "C", "--no-sync", "--no-instructions");
        try
        {
            // Durability is pointless for a server deleted at the end of the run; skipping it keeps commits fast.
            Run("pg_ctl", "start", "--pgdata", data, "--log", Path.Combine(folder, "server.log"), "--wait", "--timeout", "60", "-o",
                $"-p {port} -h 127.0.0.1 -k {folder} -F -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        }
        catch (InvalidOperationException exception)
        {
            var log = File.Exists(Path.Combine(folder, "server.log")) ? File.ReadAllText(Path.Combine(folder, "server.log")) : "(no server log)";
            Directory.Delete(folder, recursive: true);
            throw new InvalidOperationException($"{exception.Message}{Environment.NewLine}Server log:{Environment.NewLine}{log}", exception);
        }
    }

    /// <summary>A database name of its own on this server; EF creates it when the app migrates.</summary>
    public ITestDatabase NewDatabase() => new PostgresTestDatabase(this, $"library_{Guid.NewGuid():N}");

    private string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = database, IncludeErrorDetail = true }.ConnectionString;

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Run("pg_ctl", "stop", "--pgdata", data, "--mode", "immediate", "--wait");
        Directory.Delete(folder, recursive: true);
    }

    private static string FindBinaries()
    {
        var newest = Directory.Exists(PackageRoot)
            ? Directory.GetDirectories(PackageRoot)
                .Where(version => File.Exists(Path.Combine(version, "bin", "initdb")))
                .OrderByDescending(version => int.TryParse(Path.GetFileName(version), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0)
                .FirstOrDefault()
            : null;
        return newest is null
            ? throw new InvalidOperationException(
                $"PostgreSQL is not installed: the race tests start their own server from Debian's postgresql package ({PackageRoot}/<version>/bin). Install it with: {InstallHint}")
            : Path.Combine(newest, "bin");
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string CreateFolder()
    {
        if (!IsRoot)
        {
            return Directory.CreateTempSubdirectory("library-pg-").FullName;
        }

        // Created by the postgres user so initdb may write into it.
        return RunProgram("mktemp", "--directory", "--tmpdir=" + Path.GetTempPath().TrimEnd('/'), "library-pg-XXXXXX").Trim();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string program, params string[] arguments) => RunProgram(Path.Combine(bin, program), arguments);

    private static string RunProgram(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(IsRoot ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (IsRoot)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}{output.Result}");
    }

    private sealed class PostgresTestDatabase(PostgresServer server, string name) : ITestDatabase
    {
        public string Provider => DatabaseProvider.PostgreSql;

        public string ConnectionString => server.ConnectionStringFor(name);

        public void Delete()
        {
            using (var connection = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            using var admin = new NpgsqlConnection(server.ConnectionStringFor("postgres"));
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
    }
}

/// <summary>Every class that runs on PostgreSQL shares one server, one class at a time, each on its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresSuite : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

/// <summary>The real app on a fresh PostgreSQL database of the run's shared server.</summary>
public sealed class PostgresAppFactory(PostgresServer server) : LibraryAppFactory(server.NewDatabase());

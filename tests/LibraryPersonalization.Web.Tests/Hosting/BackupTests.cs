using System.Globalization;
using LibraryPersonalization.Domain.HelpDesk;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>The README's backup command, taken while students are writing, restores to a site that works.</summary>
public class BackupTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private static readonly string[] Writers = ["priya@school.test", "diego@school.test", "amara@school.test"];

    [Fact]
    public async Task A_backup_taken_while_the_site_serves_writes_restores_to_a_working_site()
    {
        var backup = Path.Combine(Path.GetTempPath(), $"library-backup-{Guid.NewGuid():N}.db");
        var source = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var before = await app.WithDbAsync(db => db.Set<HelpTicket>().CountAsync());
        using var stop = new CancellationTokenSource();
        var writers = Writers.Select(email => AskUntilStoppedAsync(email, stop.Token)).ToList();
        while (writers.TrueForAll(writer => !writer.IsCompleted) && await app.WithDbAsync(db => db.Set<HelpTicket>().CountAsync()) < before + 6)
        {
            await Task.Delay(20);
        }

        var output = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = DatabaseBackup.Run(Configuration(source), backup, output);
        var atBackup = await app.WithDbAsync(db => db.Set<HelpTicket>().CountAsync());
        await stop.CancelAsync();
        var asked = (await Task.WhenAll(writers)).Sum();

        Assert.Equal(0, exitCode);
        Assert.Contains($"to {backup}", output.ToString(), StringComparison.Ordinal);
        Assert.True(asked > 6, $"the writers kept writing during the backup ({asked} questions)");
        using (var check = new SqliteConnection($"Data Source={backup};Pooling=False"))
        {
            check.Open();
            using var integrity = check.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", integrity.ExecuteScalar());
        }

        using var restored = new RestoredAppFactory(backup);
        var kept = await restored.WithDbAsync(db => db.Set<HelpTicket>().CountAsync());
        Assert.InRange(kept, before + 6, atBackup);
        using var librarian = await TestBrowser.SignedInAsync(restored, LibraryAppFactory.Librarian);
        var queue = await librarian.GetPageAsync("/help/queue");
        Assert.Contains("Backup drill", queue, StringComparison.Ordinal);
    }

    [Fact]
    public void The_backup_command_never_overwrites_an_earlier_backup_and_points_other_databases_to_their_own_tools()
    {
        var existing = Path.GetTempFileName();
        try
        {
            var output = new StringWriter(CultureInfo.InvariantCulture);
            Assert.Equal(1, DatabaseBackup.Run(Configuration("Data Source=whatever.db"), existing, output));
            Assert.Contains("already exists", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(0, new FileInfo(existing).Length);

            var postgres = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSql", ["ConnectionStrings:Library"] = "Host=x" }).Build();
            Assert.Equal(1, DatabaseBackup.Run(postgres, existing + ".db", output));
            Assert.Contains("uses PostgreSql. Use its own backup tool", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(existing);
        }
    }

    private static IConfiguration Configuration(string connectionString) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Library"] = connectionString }).Build();

    private async Task<int> AskUntilStoppedAsync(string email, CancellationToken stop)
    {
        using var student = await TestBrowser.SignedInAsync(app, email);
        var asked = 0;
        while (!stop.IsCancellationRequested)
        {
            var form = await student.OpenFormAsync("/help/ask", "Send my question");
            var response = await form.Fill(new Dictionary<string, string> { ["Subject"] = $"Backup drill {email} {asked}", ["Your question"] = "Is the library open on Saturday?" }).SubmitAsync();
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            asked++;
        }

        return asked;
    }
}

/// <summary>The app started on a restored backup file, which is deleted with the factory.</summary>
public sealed class RestoredAppFactory(string backupFile) : LibraryAppFactory(new SqliteTestDatabase(backupFile));

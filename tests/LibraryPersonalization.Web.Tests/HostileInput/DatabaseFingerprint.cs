using System.Globalization;
using LibraryPersonalization.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace LibraryPersonalization.Web.Tests.HostileInput;

/// <summary>
/// Per table, the row count and a hash of every value in it (summed over rows, so their order does not matter):
/// any insert, update or delete changes it. Sign-in sessions and data-protection keys are left out, because merely
/// being signed in renews the one and the first cookie creates the other.
/// </summary>
public sealed class DatabaseFingerprint
{
    private static readonly Type[] WrittenBySigningIn = [typeof(SignInSession), typeof(DataProtectionKey)];

    private readonly Dictionary<string, (long Rows, long Hash)> tables;

    private DatabaseFingerprint(Dictionary<string, (long Rows, long Hash)> tables) => this.tables = tables;

    public static Task<DatabaseFingerprint> TakeAsync(LibraryAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync(async db =>
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var names = db.Model.GetEntityTypes().Where(entity => !WrittenBySigningIn.Contains(entity.ClrType))
                .Select(entity => (Table: entity.GetTableName(), Schema: entity.GetSchema())).Where(table => table.Table is not null).Distinct().ToList();
            var tables = new Dictionary<string, (long Rows, long Hash)>(StringComparer.Ordinal);
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            foreach (var (table, schema) in names)
            {
                command.CommandText = $"SELECT * FROM {sql.DelimitIdentifier(table!, schema)}";
                await using var reader = await command.ExecuteReaderAsync();
                var (rows, hash) = (0L, 0L);
                while (await reader.ReadAsync())
                {
                    var row = new HashCode();
                    for (var column = 0; column < reader.FieldCount; column++)
                    {
                        row.Add(reader.GetValue(column) switch
                        {
                            byte[] bytes => Convert.ToBase64String(bytes),
                            var value => Convert.ToString(value, CultureInfo.InvariantCulture),
                        });
                    }

                    rows++;
                    hash = unchecked(hash + row.ToHashCode());
                }

                tables[table!] = (rows, hash);
            }

            return new DatabaseFingerprint(tables);
        });
    }

    /// <summary>The tables that differ from <paramref name="before"/>, with their row counts then and now.</summary>
    public IReadOnlyList<string> ChangesSince(DatabaseFingerprint before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return tables.Where(table => before.tables.GetValueOrDefault(table.Key) != table.Value)
            .Select(table => $"{table.Key} ({before.tables.GetValueOrDefault(table.Key).Rows.ToString(CultureInfo.InvariantCulture)} → {table.Value.Rows.ToString(CultureInfo.InvariantCulture)} rows)")
            .ToList();
    }
}

using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PartnerHelp.Testing;

/// <summary>
/// A database as a site deployed from an earlier build left it: the numbered schema scripts those builds applied
/// (frozen copies in tests/PartnerHelp.Testing/LegacySchema/{provider}, exactly as released) recorded in <c>schema_history</c> the way
/// their migrator recorded them, with rows written between the scripts (LegacySchema/Data/NNNN.sql: the rows a site
/// at version NNNN wrote, in the columns it had), so later scripts transform them as they transformed real data.
/// </summary>
public static partial class LegacyDatabase
{
    /// <summary>The newest script version any released build applied.</summary>
    public const int NewestVersion = 10;

    // The line the scripts that rebuild SQLite tables carried: their migrator turned foreign keys off around them.
    private const string SqliteForeignKeysOff = "-- partnerhelp: sqlite-foreign-keys-off";

    private const string CreateHistory =
        "CREATE TABLE IF NOT EXISTS schema_history (version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL)";

    /// <summary>Applies scripts 1 to <paramref name="version"/> to an empty database, each followed by its rows unless <paramref name="withRows"/> is false.</summary>
    public static async Task CreateAsync(bool postgres, string connectionString, int version, bool withRows = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, NewestVersion);
        await using var connection = Open(postgres, connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, null, CreateHistory);
        var folder = RepoPaths.Combine("tests", "PartnerHelp.Testing", "LegacySchema");
        var scripts = Directory.GetFiles(Path.Combine(folder, postgres ? "PostgreSql" : "Sqlite"), "*.sql").Order(StringComparer.Ordinal).ToArray();
        for (var v = 1; v <= version; v++)
        {
            var script = scripts[v - 1];
            var name = Path.GetFileNameWithoutExtension(script);
            var sql = await File.ReadAllTextAsync(script);
            var keysOff = !postgres && sql.Contains(SqliteForeignKeysOff, StringComparison.Ordinal);
            if (keysOff)
            {
                await ExecuteAsync(connection, null, "PRAGMA foreign_keys=OFF");
            }

            await using (var transaction = await connection.BeginTransactionAsync())
            {
                await ExecuteAsync(connection, transaction, sql);
                await ExecuteAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture,
                    $"INSERT INTO schema_history (version, name, applied_at) VALUES ({v}, '{name}', '2026-11-22T00:00:00.0000000+00:00')"));
                await transaction.CommitAsync();
            }

            if (keysOff)
            {
                await ExecuteAsync(connection, null, "PRAGMA foreign_keys=ON");
            }

            var rows = Path.Combine(folder, "Data", $"{v:0000}.sql");
            if (withRows && File.Exists(rows))
            {
                await ExecuteAsync(connection, null, Literals(await File.ReadAllTextAsync(rows), postgres));
            }
        }
    }

    /// <summary>Runs <paramref name="sql"/> on the database.</summary>
    public static async Task ExecuteAsync(bool postgres, string connectionString, string sql)
    {
        await using var connection = Open(postgres, connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, null, sql);
    }

    /// <summary>The first column of every row <paramref name="sql"/> returns, as text.</summary>
    public static async Task<List<string>> QueryAsync(bool postgres, string connectionString, string sql)
    {
        await using var connection = Open(postgres, connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private static DbConnection Open(bool postgres, string connectionString) =>
        postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);

    /// <summary>Turns the data files' provider-neutral placeholders into each provider's literals.</summary>
    private static string Literals(string sql, bool postgres)
    {
        sql = Instant().Replace(sql, m =>
        {
            var instant = DateTimeOffset.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return postgres
                ? $"'{instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}+00'::timestamptz"
                : instant.UtcTicks.ToString(CultureInfo.InvariantCulture);
        });
        return Bytes().Replace(sql, m => postgres ? $"'\\x{m.Groups[1].Value}'::bytea" : $"X'{m.Groups[1].Value}'");
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"\{ts:([^}]+)\}")]
    private static partial Regex Instant();

    [GeneratedRegex(@"\{bytes:([0-9a-fA-F]+)\}")]
    private static partial Regex Bytes();
}

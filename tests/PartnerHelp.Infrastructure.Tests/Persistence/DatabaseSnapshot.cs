using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Tests.Persistence;

/// <summary>What a database holds, as comparable text: its schema, and every row of every table.</summary>
internal static class DatabaseSnapshot
{
    /// <summary>Bookkeeping tables that are not the application's schema.</summary>
    private static readonly string[] Bookkeeping = ["__EFMigrationsHistory", "__EFMigrationsLock", LegacySchemaHistory.TableName];

    /// <summary>Tables, columns (type, nullability), keys, indexes and constraints, sorted.</summary>
    public static async Task<IReadOnlyList<string>> SchemaAsync(DatabaseOptions database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            return [.. SqliteSchema.Describe(TestDatabases.SqlitePath(database), Bookkeeping).Order(StringComparer.Ordinal)];
        }

        var ignored = string.Join(", ", Bookkeeping.Select(t => $"'{t}'"));
        return await QueryAsync(database, $"""
            SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                   || coalesce(' p' || numeric_precision || ',' || numeric_scale, '') || ' null=' || is_nullable
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN ({ignored})
            UNION ALL
            SELECT tablename || ' ' || indexname || ' ' || regexp_replace(indexdef, '^.* USING ', '')
            FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN ({ignored})
            UNION ALL
            SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND trim(both '"' from conrelid::regclass::text) NOT IN ({ignored})
            ORDER BY 1
            """);
    }

    /// <summary>Fails with the lines that differ when two schemas differ.</summary>
    public static void AssertSame(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, $"missing:\n{string.Join('\n', missing)}\nextra:\n{string.Join('\n', extra)}");
        Assert.Equal(expected, actual);
    }

    /// <summary>The application's tables.</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(DatabaseOptions database)
    {
        var tables = await QueryAsync(database, database.Provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
        return [.. tables.Except(Bookkeeping)];
    }

    /// <summary>Every row of every application table: column name to value as text.</summary>
    public static async Task<Dictionary<string, List<Dictionary<string, string>>>> RowsAsync(DatabaseOptions database)
    {
        var rows = new Dictionary<string, List<Dictionary<string, string>>>(StringComparer.Ordinal);
        await using var connection = Open(database);
        await connection.OpenAsync();
        foreach (var table in await TablesAsync(database))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var list = rows[table] = [];
            while (await reader.ReadAsync())
            {
                list.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => Text(reader, i), StringComparer.Ordinal));
            }
        }

        return rows;
    }

    public static async Task<List<string>> QueryAsync(DatabaseOptions database, string sql)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Text(reader, 0));
        }

        return values;
    }

    private static DbConnection Open(DatabaseOptions database) => database.Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(database.ConnectionString)
        : new NpgsqlConnection(database.ConnectionString);

    private static string Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
        var value => value.ToString()!,
    };
}

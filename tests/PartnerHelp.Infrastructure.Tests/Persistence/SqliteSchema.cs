using Microsoft.Data.Sqlite;

namespace PartnerHelp.Infrastructure.Tests.Persistence;

/// <summary>Reads an SQLite file's schema as comparable text: tables, columns (type, null, pk) and indexes.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Describe(string path, params string[] ignoreTables)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var lines = new List<string>();
        foreach (var table in Query(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        {
            if (ignoreTables.Contains(table))
            {
                continue;
            }

            using (var columns = connection.CreateCommand())
            {
                columns.CommandText = $"PRAGMA table_info(\"{table}\")";
                using var reader = columns.ExecuteReader();
                while (reader.Read())
                {
                    lines.Add($"{table}.{reader.GetString(1)} {reader.GetString(2)} notnull={reader.GetInt32(3)} pk={reader.GetInt32(5)}");
                }
            }

            foreach (var index in Query(connection, $"SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='{table}' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name"))
            {
                var unique = Query(connection, $"SELECT sql FROM sqlite_master WHERE name='{index}'").Single().Contains("UNIQUE", StringComparison.Ordinal);
                var columns = string.Join(",", Query(connection, $"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno"));
                lines.Add($"{table} index {index}({columns}) unique={unique}");
            }
        }

        return lines;
    }

    public static IReadOnlyList<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? string.Empty : reader.GetValue(0).ToString()!);
        }

        return values;
    }

    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

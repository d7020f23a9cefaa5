using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>
/// Brings a database to the newest schema by applying the numbered scripts it has not seen yet, each in
/// its own transaction, recording them in <c>schema_history</c>. A fresh database gets every script; an
/// existing one only the new ones, so data is kept. Callers that may run concurrently (several nodes
/// starting at once) hold <see cref="StartupLock"/> around it.
/// </summary>
public sealed class SchemaMigrator(PartnerHelpDbContext db, DatabaseOptions options, ILogger<SchemaMigrator> logger)
{
    /// <summary>Applies pending scripts; returns the schema version afterwards.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var scripts = SchemaScripts.For(options.Provider);
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await ExecuteAsync(connection, null, CreateHistorySql, cancellationToken);
            var current = await CurrentVersionAsync(connection, cancellationToken);
            if (current > scripts.Count)
            {
                throw new InvalidOperationException(
                    $"The database is at schema version {current}, newer than this build knows ({scripts.Count}). Upgrade the application.");
            }

            foreach (var script in scripts.Where(s => s.Version > current))
            {
                // SQLite rebuilds a table to change its constraints; with foreign keys on, dropping the old
                // table would cascade into its children. Its documented procedure: keys off outside the
                // transaction, rebuild, check every key before committing, keys back on.
                var keysOff = options.Provider == DatabaseProvider.Sqlite && script.Sql.Contains(SqliteForeignKeysOffDirective, StringComparison.Ordinal);
                if (keysOff)
                {
                    await ExecuteAsync(connection, null, "PRAGMA foreign_keys=OFF", cancellationToken);
                }

                try
                {
                    await ApplyAsync(connection, script, keysOff, cancellationToken);
                }
                finally
                {
                    if (keysOff)
                    {
                        await ExecuteAsync(connection, null, "PRAGMA foreign_keys=ON", CancellationToken.None);
                    }
                }

                logger.LogInformation("Applied schema script {Script} ({Provider})", script.Name, options.Provider);
            }

            return scripts.Count;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>The version recorded in <c>schema_history</c> (0 for an empty database).</summary>
    public static async Task<int> CurrentVersionAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_history";
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private static async Task ApplyAsync(DbConnection connection, SchemaScript script, bool checkForeignKeys, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
        if (checkForeignKeys)
        {
            await EnsureNoForeignKeyViolationsAsync(connection, transaction, script.Name, cancellationToken);
        }

        await using (var record = connection.CreateCommand())
        {
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_history (version, name, applied_at) VALUES (@version, @name, @appliedAt)";
            AddParameter(record, "@version", script.Version);
            AddParameter(record, "@name", script.Name);
            AddParameter(record, "@appliedAt", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A line in an SQLite script that rebuilds tables: run it with foreign keys off, then check them.</summary>
    public const string SqliteForeignKeysOffDirective = "-- partnerhelp: sqlite-foreign-keys-off";

    private static async Task EnsureNoForeignKeyViolationsAsync(DbConnection connection, DbTransaction transaction, string script, CancellationToken cancellationToken)
    {
        await using var check = connection.CreateCommand();
        check.Transaction = transaction;
        check.CommandText = "PRAGMA foreign_key_check";
        await using var reader = await check.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"Schema script {script} left a broken foreign key in table {reader.GetString(0)}; nothing was applied.");
        }
    }

    private const string CreateHistorySql =
        "CREATE TABLE IF NOT EXISTS schema_history (version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL)";

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

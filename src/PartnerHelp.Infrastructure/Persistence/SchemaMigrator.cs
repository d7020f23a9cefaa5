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
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
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

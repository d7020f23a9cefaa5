using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>
/// Serialises start-up work (schema, seeding) between nodes that share a PostgreSQL database, with a
/// session-level advisory lock on the context's connection. SQLite is single-node: nothing to take.
/// </summary>
public static class StartupLock
{
    /// <summary>Advisory lock key shared by every node's start-up work ("PartHelp").</summary>
    public const long Key = 0x5061_7274_4865_6C70;

    /// <summary>
    /// How long a node waits for another node's start-up work (migrations, seeding) before it gives up. Not the 30 s
    /// command timeout: on a loaded machine a first node's migrations took longer, and the second node exited.
    /// </summary>
    public static readonly TimeSpan Wait = TimeSpan.FromMinutes(10);

    /// <summary>Runs <paramref name="work"/> while holding the lock; the context's connection stays open throughout.</summary>
    public static async Task RunAsync(PartnerHelpDbContext db, DatabaseProvider provider, Func<Task> work, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (provider == DatabaseProvider.PostgreSql)
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_lock({Key})", cancellationToken, Wait);
            }

            try
            {
                await work();
            }
            finally
            {
                if (provider == DatabaseProvider.PostgreSql)
                {
                    await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({Key})", CancellationToken.None);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (timeout is { } wait)
        {
            command.CommandTimeout = (int)wait.TotalSeconds;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

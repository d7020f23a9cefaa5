using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>
/// Makes a SQLite connection wait for the writer lock inside SQLite (<c>PRAGMA busy_timeout</c>) instead of in
/// Microsoft.Data.Sqlite's retry loop. That loop sleeps a fixed 150 ms whenever a statement finds the database busy,
/// so a refund job whose commit met another writer's commit of a few milliseconds waited 150 ms or more (a tenth of
/// the jobs in the jobs benchmark, most of their time). SQLite's own handler retries after 1, 2, 5, 10 … ms. The wait
/// is as long as the connection's <see cref="SqliteConnection.DefaultTimeout"/> (30 s by default); cases SQLite
/// cannot wait for (a read transaction that must upgrade to a write) still reach the library's loop.
/// </summary>
/// <remarks>
/// The setting belongs to the native connection, which a pooled <see cref="SqliteConnection"/> keeps from one open to
/// the next, so it is applied once per native connection. EF Core contexts get it as an interceptor.
/// </remarks>
public sealed class SqliteBusyWait : DbConnectionInterceptor
{
    /// <summary>The one instance every context's options share.</summary>
    public static SqliteBusyWait Instance { get; } = new();

    private static readonly ConditionalWeakTable<object, object> Configured = [];

    private SqliteBusyWait()
    {
    }

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    /// <inheritdoc />
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>Sets the busy timeout on <paramref name="connection"/>'s native connection unless it has it already.</summary>
    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {checked(sqlite.DefaultTimeout * 1000)};";
        command.ExecuteNonQuery();
        Configured.AddOrUpdate(handle, handle);
    }
}

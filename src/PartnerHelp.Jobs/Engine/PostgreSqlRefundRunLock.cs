using System.Diagnostics;
using System.Text;
using Hangfire.Storage;
using Npgsql;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// The refund lock as a PostgreSQL session advisory lock, held on a connection of its own for the run. Hangfire's
/// distributed lock is a row in <c>hangfire.lock</c>: three transactions per run (clean up, insert, delete), and a
/// killed node's row blocks the refund until <see cref="JobsOptions.DistributedLockTimeout"/>. An advisory lock is two
/// statements, and it ends with its session: at once when the node's process dies, within the keepalive probes below
/// when its machine does.
/// </summary>
public sealed class PostgreSqlRefundRunLock : IRefundRunLock, IDisposable
{
    /// <summary>The first key of every refund lock, so they never meet the single-key advisory locks elsewhere (the migration lock).</summary>
    private const int RefundLocks = 0x50485246; // "PHRF"

    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(500);

    private readonly NpgsqlDataSource _source;

    /// <summary>Locks on the database of <paramref name="connectionString"/>.</summary>
    public PostgreSqlRefundRunLock(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            // Not enlisted in whatever transaction the caller has: the lock belongs to the run, not to a transaction.
            Enlist = false,
            ApplicationName = "partnerhelp-refund-locks",
        };

        // The server probes an idle lock session (the run is working elsewhere) and ends it, releasing the lock, when a
        // node's machine vanished without closing its socket: about 10 + 3 × 5 s, inside the 30 s after which a vanished
        // node's job is fetched again. Added to whatever options the configured connection string carries.
        builder.Options = $"{builder.Options} -c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3".TrimStart();
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    /// <summary>The second key: a stable 32-bit hash (FNV-1a) of the refund id. Two refunds sharing one only take turns.</summary>
    public static int KeyOf(string refundId)
    {
        ArgumentNullException.ThrowIfNull(refundId);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(refundId))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return unchecked((int)hash);
    }

    /// <inheritdoc />
    public IDisposable Acquire(string refundId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var key = KeyOf(refundId);
        // Real elapsed time, as Hangfire's own lock timeouts: a waiting run waits on the clock of the machine.
        var started = Stopwatch.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(25);
        var connection = _source.OpenConnection();
        try
        {
            // Tried, not awaited in the server: a wait there could only end through Npgsql's cancellation, which sends a
            // cancel request to the server from the thread that stops the host, and stalls it when the database is gone.
            while (!TryLock(connection, key))
            {
                if (Stopwatch.GetElapsedTime(started) >= timeout)
                {
                    throw new DistributedLockTimeoutException($"refund {refundId}");
                }

                cancellationToken.WaitHandle.WaitOne(pause);
                cancellationToken.ThrowIfCancellationRequested();
                pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            }

            return new Held(connection, key);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _source.Dispose();

    private static bool TryLock(NpgsqlConnection connection, int key) => Call(connection, "pg_try_advisory_lock", key);

    /// <summary>Calls one of PostgreSQL's two-key advisory lock functions on the refund's key; all of them answer true or false.</summary>
    private static bool Call(NpgsqlConnection connection, string function, int key)
    {
        using var command = new NpgsqlCommand($"SELECT {function}($1, $2)", connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = RefundLocks });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = key });
        return (bool)command.ExecuteScalar()!;
    }

    private sealed class Held(NpgsqlConnection connection, int key) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            try
            {
                Call(connection, "pg_advisory_unlock", key);
            }
            catch
            {
                // The session may still hold the lock (the pool resets it only when the connection is next opened): close
                // this pool's idle connections rather than leave the refund locked.
                NpgsqlConnection.ClearPool(connection);
                throw;
            }
            finally
            {
                // Back to the pool, whose reset (DISCARD ALL) also releases every advisory lock of the session; a broken
                // connection is closed, which ends the session and the lock with it.
                connection.Dispose();
            }
        }
    }
}

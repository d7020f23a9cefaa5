using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Engine;

/// <summary>Builds the Hangfire storage the deployment calls for (<see cref="JobsOptions.Storage"/>).</summary>
public static class JobStorageFactory
{
    /// <summary>The storage kind in effect: as configured, else InMemory beside SQLite and PostgreSql beside PostgreSQL.</summary>
    public static JobStorageKind KindFor(JobsOptions options, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        var kind = options.Storage ?? (database.Provider == DatabaseProvider.PostgreSql ? JobStorageKind.PostgreSql : JobStorageKind.InMemory);
        return kind == JobStorageKind.PostgreSql && database.Provider != DatabaseProvider.PostgreSql
            ? throw new InvalidOperationException("Jobs:Storage=PostgreSql needs Database:Provider=PostgreSql: Hangfire's tables live in the application's PostgreSQL database.")
            : kind;
    }

    /// <summary>A new storage of the kind in effect.</summary>
    public static JobStorage Create(JobsOptions options, DatabaseOptions database) => KindFor(options, database) switch
    {
        // Finished jobs are kept as long as the dashboard is meant to show them; InMemory caps it at 3 h unless told.
        // Guid ids: the default long ids start again at 1 after every restart, so a new job would take the id of a run
        // recorded before a crash (job_attempts), be counted as its recovery and link to it on the refund's page.
        JobStorageKind.InMemory => new InMemoryStorage(new InMemoryStorageOptions
        {
            MaxExpirationTime = options.FinishedJobRetention,
            IdType = InMemoryStorageIdType.Guid,
        }),
        _ => PostgreSql(options, database.ConnectionString),
    };

    private static PostgreSqlStorage PostgreSql(JobsOptions options, string connectionString)
    {
        var storage = new PostgreSqlStorageOptions
        {
            SchemaName = options.PostgreSqlSchema,
            PrepareSchemaIfNecessary = true,

            // Every worker on every node polls, often: with Hangfire's default 15 s one node took 196 of 200 jobs. Long
            // polling (LISTEN/NOTIFY) stays off: in Hangfire.PostgreSql 1.21 a worker that fetched a job first waits for its
            // LISTEN task, which only ends on the next NOTIFY; with no new enqueue (a backlog at start) a fetched job sat
            // 6 minutes before it ran (docs/performance.md, "The PostgreSQL start-up backlog").
            EnableLongPolling = false,
            QueuePollInterval = options.QueuePollInterval,

            // A fetched job is invisible while its worker keeps extending the timeout; a killed node's job reappears
            // for another node after the timeout instead of Hangfire's 30 minutes.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = options.InvisibilityTimeout,
            DistributedLockTimeout = options.DistributedLockTimeout,
        };

        // Hangfire.PostgreSql refuses a connection string that enlists (Npgsql's default) when enlistment is off: its
        // own connections get Enlist=false, the application's keep the string as configured. Hangfire opens a pooled
        // connection for nearly every storage call (17 per refund job) and leaves no session state behind (its locks are
        // rows, and with long polling off it never LISTENs), so the pool's DISCARD ALL on every reuse is skipped.
        var hangfire = new NpgsqlConnectionStringBuilder(connectionString) { Enlist = false, NoResetOnClose = true };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(hangfire.ConnectionString, storage), storage);
    }
}

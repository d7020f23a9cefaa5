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

            // LISTEN/NOTIFY wakes an idle worker on any node at once; with polling alone the default 15 s let one node
            // take 196 of 200 jobs. The poll stays as a fallback for a lost notification.
            EnableLongPolling = true,
            QueuePollInterval = options.QueuePollInterval,

            // A fetched job is invisible while its worker keeps extending the timeout; a killed node's job reappears
            // for another node after the timeout instead of Hangfire's 30 minutes.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = options.InvisibilityTimeout,
            DistributedLockTimeout = options.DistributedLockTimeout,
        };

        // Hangfire.PostgreSql refuses a connection string that enlists (Npgsql's default) when enlistment is off: its
        // own connections get Enlist=false, the application's keep the string as configured.
        var hangfire = new NpgsqlConnectionStringBuilder(connectionString) { Enlist = false };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(hangfire.ConnectionString, storage), storage);
    }
}

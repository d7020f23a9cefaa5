using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Persistence;
using Quartz;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// The scheduler's set-up without PartnerHelp's own jobs and listener: thread pool, retry policy, persistent
/// store (provider, serializer, misfire threshold, clustering), execution history. The site uses it, and so does
/// the jobs benchmark's no-op reference, so a setting changed here changes both sides of that ratio.
/// </summary>
public static class QuartzSetup
{
    /// <summary>Execution history kept in the store, as the dashboard reads it.</summary>
    public static IServiceCollection AddHistory(IServiceCollection services, JobsOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return services.AddQuartzExecutionHistory(history =>
        {
            history.Retention = settings.HistoryRetention;
            history.MaxEntriesPerScheduler = 100_000;
        });
    }

    /// <summary>
    /// Configures scheduler <paramref name="name"/> on <paramref name="provider"/>: <paramref name="connectionString"/> is
    /// the application's PostgreSQL database, or Quartz's own SQLite file (see <see cref="SqliteConnection"/>).
    /// </summary>
    public static void Configure(IQuartzBuilder quartz, string name, JobsOptions settings, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(settings);
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = name;
            if (settings.Clustered && !string.IsNullOrWhiteSpace(settings.InstanceId))
            {
                scheduler.InstanceId = settings.InstanceId.Trim();
            }
            else
            {
                scheduler.GenerateInstanceId = true;
            }

            scheduler.IdleWaitTime = TimeSpan.FromSeconds(1);
        });
        quartz.UseDefaultThreadPool(settings.MaxConcurrency);
        quartz.UseDefaultRetryPolicy(RetryPolicy.Exponential(settings.RetryAttempts, settings.RetryInitialDelay, settings.RetryBackoff, settings.RetryMaxDelay, settings.RetryJitter));
        quartz.UsePersistentStore(store =>
        {
            store.UseSystemTextJsonSerializer();

            // A trigger late only because every worker was busy is not a misfire: with Quartz's 60 s default a
            // burst of refunds would be "misfired" (rewritten under the trigger lock, then re-queued behind newer
            // ones) exactly when the cluster is busiest. 5 minutes still fires an hourly or daily recurring job
            // once, not in a catch-up burst, after an outage. See docs/architecture.md.
            store.ConfigureStore(ado => ado.MisfireThreshold = settings.MisfireThreshold);
            if (provider == DatabaseProvider.PostgreSql)
            {
                store.UsePostgres(connectionString);
                if (settings.Clustered)
                {
                    // A dead node's runs are taken over interval + threshold after its last check-in (25 s):
                    // nothing for refunds promised within 30 days, while the 20 s threshold stays above a long GC
                    // pause or a database failover, so a live node is not "recovered" (its run started twice) by mistake.
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = settings.ClusterCheckinInterval;
                        cluster.CheckinMisfireThreshold = settings.ClusterCheckinMisfireThreshold;
                    });
                }
            }
            else
            {
                // Microsoft.Data.Sqlite's connections, set to wait for the writer lock inside SQLite: without it a
                // history write meeting a trigger commit slept 150 ms on a worker thread (SqliteBusyWait).
                store.UseSqlite(SqliteBusyWait.Factory, connectionString);
            }

            store.ProvisionSchema();
            store.UseExecutionHistory();
        });
    }

    /// <summary>Quartz's own SQLite file in WAL mode (the mode is stored in the file, so set it once before Quartz opens it).</summary>
    public static string SqliteConnection(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
        return connectionString;
    }
}

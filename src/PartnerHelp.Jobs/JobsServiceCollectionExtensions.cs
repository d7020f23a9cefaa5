using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerHelp.Core.Refunds.Payments;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Dashboard;
using PartnerHelp.Jobs.Notifications;
using PartnerHelp.Jobs.Payments;
using PartnerHelp.Jobs.Recurring;
using PartnerHelp.Jobs.Refunds;
using PartnerHelp.Jobs.Scheduling;
using Quartz;

namespace PartnerHelp.Jobs;

/// <summary>Registers Quartz, the refund jobs, the payment processor simulator and the dashboard's read side.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>The scheduler's name; every node of a cluster shares it.</summary>
    public const string SchedulerName = "PartnerHelp";

    /// <summary>
    /// Quartz with its persistent store (a SQLite file beside the application database, or the
    /// application's PostgreSQL), execution history kept in that store, a deliberate retry policy, and
    /// the jobs. The host supplies <see cref="IRefundMessages"/>.
    /// </summary>
    public static IServiceCollection AddPartnerHelpJobs(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(JobsOptions.SectionName);
        var settings = section.Get<JobsOptions>() ?? new JobsOptions();
        services.Configure<JobsOptions>(section);
        var database = PersistenceServiceCollectionExtensions.ResolveDatabase(configuration, contentRoot);
        var paths = new JobsPaths(database, contentRoot);
        if (settings.Clustered && database.Provider != DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException("Jobs:Clustered needs Database:Provider=PostgreSql: SQLite cannot run Quartz clustered.");
        }

        services.AddSingleton(paths);
        services.TryAddSingleton<PaymentFaultPlan>();
        services.TryAddSingleton<IPaymentProcessor, PaymentProcessorSimulator>();
        services.AddSingleton<RefundJobScheduler>();
        services.AddScoped<RefundPayments>();
        services.AddScoped<RefundSettlement>();
        services.AddScoped<RefundCompletion>();
        services.AddScoped<PromiseWatch>();
        services.AddScoped<RefundNotifier>();
        services.AddScoped<RefundReconciliation>();
        services.AddScoped<WindowNotices>();
        services.AddScoped<HistoryCleanup>();
        services.AddScoped<CreditReviews>();
        services.AddScoped<StoreOrderConfirmations>();
        services.AddSingleton<MailPickup>();
        services.AddSingleton<AttemptRecorder>();
        services.AddScoped<JobsDashboard>();
        services.AddScoped<JobsDashboardActions>();

        services.AddQuartzExecutionHistory(history =>
        {
            history.Retention = settings.HistoryRetention;
            history.MaxEntriesPerScheduler = 100_000;
        });
        services.AddQuartz(quartz => Configure(quartz, settings, database, paths));
        if (settings.Enabled)
        {
            services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
            services.AddHostedService<OutboxDispatcher>();
            services.AddHostedService<HeartbeatService>();
        }

        return services;
    }

    private static void Configure(IQuartzBuilder quartz, JobsOptions settings, DatabaseOptions database, JobsPaths paths)
    {
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = SchedulerName;
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
            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                store.UsePostgres(database.ConnectionString);
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
                store.UseSqlite(QuartzSqliteConnection(paths.QuartzDatabase));
            }

            store.ProvisionSchema();
            store.UseExecutionHistory();
        });
        quartz.AddJobListener<AttemptRecorder>([]);
        Recurring<ReconciliationJob>(quartz, JobKeys.Reconciliation, settings.ReconciliationCron, "Reconcile refunds against the payment processor");
        Recurring<WindowNoticeJob>(quartz, JobKeys.WindowNotices, settings.WindowNoticeCron, "Notify partners whose self-serve window closes within 48 h");
        Recurring<CreditReviewJob>(quartz, JobKeys.CreditReview, settings.CreditReviewCron, "Move credit requests through review to a decision");
        Recurring<HistoryCleanupJob>(quartz, JobKeys.HistoryCleanup, settings.HistoryCleanupCron, "Remove history older than the retention");
    }

    private static void Recurring<TJob>(IQuartzBuilder quartz, JobKey key, string cron, string description)
        where TJob : IJob
    {
        quartz.AddJob<TJob>(job => job.WithIdentity(key).WithDescription(description).StoreDurably());
        quartz.AddTrigger(trigger => trigger
            .ForJob(key)
            .WithIdentity(key.Name, key.Group)
            .WithDescription(description)
            .WithCronSchedule(cron, schedule => schedule.InTimeZone(TimeZoneInfo.Utc)));
    }

    /// <summary>Quartz's own SQLite file in WAL mode (the mode is stored in the file, so set it once before Quartz opens it).</summary>
    private static string QuartzSqliteConnection(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
        return connectionString;
    }
}

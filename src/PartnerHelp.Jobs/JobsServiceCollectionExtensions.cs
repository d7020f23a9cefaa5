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

        QuartzSetup.AddHistory(services, settings);
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
        var connectionString = database.Provider == DatabaseProvider.PostgreSql ? database.ConnectionString : QuartzSetup.SqliteConnection(paths.QuartzDatabase);
        QuartzSetup.Configure(quartz, SchedulerName, settings, database.Provider, connectionString);
        // The container's recorder, not one of Quartz's making: jobs that write their own run record ask that one for it.
        quartz.AddJobListener(services => services.GetRequiredService<AttemptRecorder>(), []);
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
}

using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Refunds.Payments;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Notifications;
using PartnerHelp.Jobs.Operators;
using PartnerHelp.Jobs.Payments;
using PartnerHelp.Jobs.Recurring;
using PartnerHelp.Jobs.Refunds;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Jobs;

/// <summary>Registers Hangfire, the refund and recurring jobs, the payment processor simulator and the operators' refund tools.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire on the storage the deployment calls for (<see cref="JobStorageFactory"/>), this host's own filters and
    /// activator (Hangfire's globals are shared by every host in a process), a server when <see cref="JobsOptions.Enabled"/>,
    /// the outbox dispatcher and the recurring jobs. The host supplies <see cref="IRefundMessages"/>.
    /// </summary>
    public static IServiceCollection AddPartnerHelpJobs(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(JobsOptions.SectionName);
        var settings = section.Get<JobsOptions>() ?? new JobsOptions();
        services.Configure<JobsOptions>(section);
        var database = PersistenceServiceCollectionExtensions.ResolveDatabase(configuration, contentRoot);
        var storageKind = JobStorageFactory.KindFor(settings, database);

        services.AddSingleton(new JobsPaths(database, contentRoot));
        services.TryAddSingleton<PaymentFaultPlan>();
        services.TryAddSingleton<IPaymentProcessor, PaymentProcessorSimulator>();
        services.TryAddSingleton<IJobOperator, NoJobOperator>();
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
        services.AddScoped<RecurringPauses>();
        services.AddScoped<RefundRetries>();
        services.AddScoped<ProcessRefundJob>();
        services.AddScoped<RefundStatusJob>();
        services.AddScoped<RecurringJobs>();
        services.AddSingleton<MailPickup>();
        services.AddSingleton<RefundJobs>();

        // Registered before AddHangfire, whose TryAdds then keep them: per host, not Hangfire's static ones.
        services.AddSingleton<JobRetries>();
        services.AddSingleton<RunRecorderFilter>();
        services.AddSingleton<PollAgainFilter>();
        services.AddSingleton<RecurringPauseFilter>();
        services.AddSingleton<RefundRequeueFilter>();
        services.AddSingleton(provider => RefundRunLock(storageKind, database, provider));
        services.AddSingleton<RefundRunLockFilter>();
        services.AddSingleton<JobFilters>();
        services.AddSingleton<IJobFilterProvider>(provider => provider.GetRequiredService<JobFilters>());
        services.AddSingleton(_ => JobStorageFactory.Create(settings, database));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton(provider => new HangfireLogRegistration(HangfireLogs.Attach(provider.GetRequiredService<ILoggerFactory>())));
        services.AddHangfire((provider, hangfire) =>
        {
            provider.GetRequiredService<HangfireLogRegistration>();
            ConfigureHangfire(hangfire);
            hangfire.UseLogProvider(HangfireLogs.Provider);
        });

        if (settings.Enabled)
        {
            var before = services.Count;
            services.AddHangfireServer((provider, server) => ConfigureServer(server, provider.GetRequiredService<IOptions<JobsOptions>>().Value,
                provider.GetRequiredService<IOptions<HostOptions>>().Value, storageKind));
            GuardServerStop(services, before);

            // Hosted services stop one after another by default, Kestrel first: with the database gone, requests waiting
            // on it held Kestrel's stop for the whole shutdown timeout, and the job server got an expired token. Stopped
            // together, each gets the whole timeout (docs/reliability.md, "A node whose database has gone away").
            services.Configure<HostOptions>(host => host.ServicesStopConcurrently = true);
            services.AddSingleton<ServerPulse>();
            services.AddSingleton<IBackgroundProcess>(provider => provider.GetRequiredService<ServerPulse>());
            services.AddHostedService<RecurringJobsRegistration>();
            services.AddHostedService<OutboxDispatcher>();
        }

        return services;
    }

    /// <summary>Wraps the hosted service(s) AddHangfireServer added after index <paramref name="from"/> in <see cref="JobServerShutdown"/>.</summary>
    private static void GuardServerStop(IServiceCollection services, int from)
    {
        for (var i = from; i < services.Count; i++)
        {
            if (services[i] is { ServiceType: var type, ImplementationFactory: { } factory, Lifetime: var lifetime } && type == typeof(IHostedService))
            {
                services[i] = new ServiceDescriptor(
                    typeof(IHostedService),
                    provider => new JobServerShutdown((IHostedService)factory(provider), provider.GetRequiredService<ILogger<JobServerShutdown>>()),
                    lifetime);
            }
        }
    }

    /// <summary>Hangfire's process-wide settings: data compatibility and serializer (the benchmark's no-op reference uses them too).</summary>
    internal static void ConfigureHangfire(IGlobalConfiguration hangfire) => hangfire
        .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
        .UseSimpleAssemblyNameTypeSerializer()
        .UseRecommendedSerializerSettings();

    /// <summary>This node's server options from <paramref name="options"/> (the benchmark's no-op reference uses them too).</summary>
    /// <summary>
    /// One run per refund: a PostgreSQL advisory lock beside Hangfire.PostgreSql (cheaper than Hangfire's lock rows, and
    /// released with a dead node's session), Hangfire's in-process lock beside InMemory.
    /// </summary>
    internal static IRefundRunLock RefundRunLock(JobStorageKind storage, DatabaseOptions database, IServiceProvider services) =>
        storage == JobStorageKind.PostgreSql
            ? new PostgreSqlRefundRunLock(database.ConnectionString)
            : new StorageRefundRunLock(services.GetRequiredService<JobStorage>());

    internal static void ConfigureServer(BackgroundJobServerOptions server, JobsOptions options, HostOptions host, JobStorageKind storage)
    {
        server.WorkerCount = Math.Max(1, options.WorkerCount);
        server.Queues = JobQueues.All;
        if (options.ServerName is { Length: > 0 } name)
        {
            server.ServerName = name;
        }

        // Retries, status checks and recurring jobs wait on the schedule poller: its interval is the grain of every delay.
        server.SchedulePollingInterval = options.SchedulePollInterval;
        server.HeartbeatInterval = options.ServerHeartbeatInterval;
        server.ServerTimeout = options.ServerTimeout;
        server.ServerCheckInterval = options.ServerTimeout;
        server.CancellationCheckInterval = TimeSpan.FromSeconds(1);

        // SIGTERM: running jobs get the host's shutdown timeout to finish (Hangfire's 0.5 s default would cancel them at
        // once), keeping a few seconds for the host's own stopping. A run cut off after that is run again: by the sweep
        // after restart on the in-memory storage, by another node after the invisibility timeout on PostgreSQL.
        var grace = host.ShutdownTimeout - TimeSpan.FromSeconds(storage == JobStorageKind.PostgreSql ? 5 : 3);
        server.StopTimeout = grace > TimeSpan.FromSeconds(1) ? grace : TimeSpan.FromSeconds(1);
        server.ShutdownTimeout = server.StopTimeout + TimeSpan.FromSeconds(1);
    }

    /// <summary>This host's hold on Hangfire's process-wide log output, released when the host's services are disposed.</summary>
    private sealed class HangfireLogRegistration(IDisposable registration) : IDisposable
    {
        public void Dispose() => registration.Dispose();
    }
}

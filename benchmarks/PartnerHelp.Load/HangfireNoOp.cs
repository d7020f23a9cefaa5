using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Load;

/// <summary>
/// <c>hangfire-noop</c>, the jobs benchmark's engine reference: Hangfire with the site's set-up firing jobs that do
/// nothing. The same storage on the same provider with the same options (<see cref="JobStorageFactory"/>), the same
/// serializer settings, server options and worker count (the site's own code, from the site's configuration), the
/// engine's filters (retries, statistics, continuations) and the refund run lock, but not PartnerHelp's other filters (run
/// records, poll-again, pauses, requeue), which do application work. <c>plain</c> jobs take no arguments and go to the refunds queue; <c>refund</c>
/// jobs have ProcessRefund's shape (<see cref="NoOpJob.RefundShapedAsync"/>), the per-refund lock included (plain jobs
/// are not marked for it, so the filter passes them by), so the two
/// figures part the engine's cost of a refund job from the application's.
/// </summary>
public static class HangfireNoOp
{
    /// <summary>Warms up with <paramref name="warmup"/> jobs, then measures <paramref name="count"/> per line of standard input.</summary>
    public static async Task<int> RunAsync(string site, DatabaseOptions database, int warmup, int count, string shape)
    {
        var builder = SiteHost.Create(site, database);
        var section = builder.Configuration.GetSection(JobsOptions.SectionName);
        var settings = section.Get<JobsOptions>() ?? new JobsOptions();
        var storageKind = JobStorageFactory.KindFor(settings, database);
        var services = builder.Services;
        services.Configure<JobsOptions>(section);
        services.AddSingleton<JobRetries>();
        services.AddSingleton(provider => JobsServiceCollectionExtensions.RefundRunLock(storageKind, database, provider));
        services.AddSingleton<IJobFilterProvider>(provider =>
        {
            var filters = JobFilters.Engine(provider.GetRequiredService<JobRetries>());
            filters.Add(new RefundRunLockFilter(provider.GetRequiredService<IRefundRunLock>()));
            return JobFilters.Provider(filters);
        });
        services.AddSingleton(_ => JobStorageFactory.Create(settings, database));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(JobsServiceCollectionExtensions.ConfigureHangfire);
        services.AddHangfireServer((provider, server) => JobsServiceCollectionExtensions.ConfigureServer(server,
            provider.GetRequiredService<IOptions<JobsOptions>>().Value, provider.GetRequiredService<IOptions<HostOptions>>().Value, storageKind));

        using var host = builder.Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<IBackgroundJobClient>();
        var refundShaped = shape == "refund";
        var status = warmup > 0 && !await RunBatchAsync(client, "warmup", warmup, refundShaped) ? 1 : 0;
        if (status == 0)
        {
            status = await Rounds.ServeAsync(async batch =>
            {
                var complete = await RunBatchAsync(client, batch, count, refundShaped);
                var seconds = Math.Max(NoOpJob.Window.TotalSeconds, 0.001);
                var figure = refundShaped ? "hangfire_noop_refund_shaped_per_second" : "hangfire_noop_per_second";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"figure {figure} {count / seconds:F1} ({count} {shape} jobs in {seconds:F2} s, {settings.WorkerCount} workers, {storageKind} storage)"));
                return complete ? 0 : 1;
            });
        }

        await host.StopAsync();
        return status;
    }

    /// <summary>
    /// Enqueues <paramref name="count"/> jobs back to back while the first ones run, as the outbox dispatcher enqueues a
    /// burst of refunds, and waits until they have all run (at most 5 minutes).
    /// </summary>
    private static async Task<bool> RunBatchAsync(IBackgroundJobClient client, string batch, int count, bool refundShaped)
    {
        NoOpJob.Reset();
        for (var i = 0; i < count; i++)
        {
            if (refundShaped)
            {
                var order = BenchData.JobOrder(batch, i);
                client.Enqueue<NoOpJob>(job => job.RefundShapedAsync("RF-" + order, order, "en", null, CancellationToken.None));
            }
            else
            {
                client.Create(Job.FromExpression<NoOpJob>(job => job.Run()), new EnqueuedState(JobQueues.Refunds));
            }
        }

        var waited = Stopwatch.StartNew();
        while (NoOpJob.Done < count && waited.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(5);
        }

        return NoOpJob.Done >= count;
    }
}

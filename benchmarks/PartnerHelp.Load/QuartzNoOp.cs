using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Load;

/// <summary>
/// The reference for the jobs benchmark: Quartz firing jobs that do nothing. <c>site</c> set-up: the site's own
/// scheduler configuration (<see cref="QuartzSetup"/>: store on the same provider, serializer, misfire threshold,
/// retry policy, execution history in the store, the same worker count), without PartnerHelp's jobs and attempt
/// listener. <c>bare</c>: the same store, serializer and workers with Quartz's defaults otherwise and no history
/// (the reference of the first figures).
/// </summary>
public static class QuartzNoOp
{
    private static int _done;
    private static long _firstStart = long.MaxValue;
    private static long _lastEnd;

    /// <summary>
    /// Starts the scheduler, runs <paramref name="warmup"/> no-op jobs until done (so both sides of the ratio are measured
    /// warm, after tiered compilation), then <paramref name="count"/> more, fed as the outbox dispatcher feeds refunds:
    /// <see cref="OutboxDispatcher.BatchSize"/> jobs per ScheduleJobs call, back to back, while the first ones run. Prints
    /// jobs per second of the measured batch from the first one's start to the last one's end (the jobs' own clock, as
    /// refunds are timed by their own timestamps). <paramref name="shape"/> <c>plain</c> is a bare job and trigger;
    /// <c>refund</c> has everything Quartz stores and checks for a ProcessRefund job (no concurrent runs, durable,
    /// recovery, job data, the retry policy on its trigger), so the two figures part Quartz's cost from the application's.
    /// </summary>
    public static async Task<int> RunAsync(DatabaseOptions database, int warmup, int count, int workers, string setup, string shape)
    {
        var services = new ServiceCollection().AddLogging();
        if (setup == "site")
        {
            var settings = new JobsOptions { MaxConcurrency = workers };
            var connection = database.Provider == DatabaseProvider.Sqlite
                ? QuartzSetup.SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)
                : database.ConnectionString;
            QuartzSetup.AddHistory(services, settings);
            services.AddQuartz(quartz => QuartzSetup.Configure(quartz, "BenchNoOp", settings, database.Provider, connection));
        }
        else
        {
            AddBare(services, database, workers);
        }

        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        var refundShaped = shape == "refund";
        if (warmup > 0 && !await RunBatchAsync(scheduler, "warmup", warmup, refundShaped))
        {
            await scheduler.Shutdown(true);
            return 1;
        }

        Volatile.Write(ref _firstStart, long.MaxValue);
        Volatile.Write(ref _lastEnd, 0);
        var complete = await RunBatchAsync(scheduler, "measured", count, refundShaped);
        var seconds = Math.Max(Stopwatch.GetElapsedTime(Volatile.Read(ref _firstStart), Volatile.Read(ref _lastEnd)).TotalSeconds, 0.001);
        await scheduler.Shutdown(true);
        var figure = (setup, refundShaped) switch
        {
            ("site", false) => "quartz_noop_per_second",
            ("site", true) => "quartz_noop_refund_shaped_per_second",
            (_, false) => "quartz_noop_bare_per_second",
            _ => "quartz_noop_bare_refund_shaped_per_second",
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"figure {figure} {count / seconds:F1} ({count} {shape} jobs in {seconds:F2} s after {warmup} warm-up jobs, {workers} workers, {setup} set-up)"));
        return complete ? 0 : 1;
    }

    private static async Task<bool> RunBatchAsync(IScheduler scheduler, string group, int count, bool refundShaped)
    {
        Volatile.Write(ref _done, 0);
        var retry = new RefundJobScheduler(Options.Create(new JobsOptions()), TimeProvider.System).RetryPolicy;
        for (var first = 0; first < count; first += OutboxDispatcher.BatchSize)
        {
            var batch = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
            for (var i = first; i < Math.Min(count, first + OutboxDispatcher.BatchSize); i++)
            {
                var name = "noop-" + i.ToString(CultureInfo.InvariantCulture);
                var job = refundShaped
                    ? JobBuilder.Create<RefundShapedJob>().WithIdentity(name, group).WithDescription($"ProcessRefund {name}")
                        .UsingJobData(RefundJobScheduler.CultureKey, "en").StoreDurably().RequestRecovery().Build()
                    : JobBuilder.Create<NoOpJob>().WithIdentity(name, group).Build();
                var trigger = TriggerBuilder.Create().WithIdentity(name, group).ForJob(job).StartNow();
                batch[job] = [(refundShaped ? trigger.WithRetryPolicy(retry) : trigger).Build()];
            }

            await scheduler.ScheduleJobs(batch, new ScheduleJobOptions());
        }

        var waited = Stopwatch.StartNew();
        while (Volatile.Read(ref _done) < count && waited.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(5);
        }

        return Volatile.Read(ref _done) >= count;
    }

    private static void AddBare(IServiceCollection services, DatabaseOptions database, int workers)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // The site keeps Quartz's SQLite file in WAL mode; the reference must too.
            using var connection = new SqliteConnection(database.ConnectionString);
            connection.Open();
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteNonQuery();
        }

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s =>
            {
                s.InstanceName = "BenchNoOp";
                s.GenerateInstanceId = true;
                s.IdleWaitTime = TimeSpan.FromSeconds(1);
            });
            quartz.UseDefaultThreadPool(workers);
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(database.ConnectionString);
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }

                store.ProvisionSchema();
            });
        });
    }

    private sealed class NoOpJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Record();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>A no-op with ProcessRefund's Quartz attributes.</summary>
    [DisallowConcurrentExecution]
    private sealed class RefundShapedJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Record();
            return ValueTask.CompletedTask;
        }
    }

    private static void Record()
    {
        var now = Stopwatch.GetTimestamp();
        InterlockedMin(ref _firstStart, now);
        InterlockedMax(ref _lastEnd, now);
        Interlocked.Increment(ref _done);
    }

    private static void InterlockedMin(ref long target, long value)
    {
        long seen;
        while (value < (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

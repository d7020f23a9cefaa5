using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Load;

/// <summary>
/// The reference for the jobs benchmark: Quartz with the site's set-up (persistent store on the same provider,
/// System.Text.Json serializer, the same worker count) firing jobs that do nothing.
/// </summary>
public static class QuartzNoOp
{
    private static int _fired;

    /// <summary>Schedules <paramref name="count"/> no-op jobs at once and prints jobs per second until the last has run.</summary>
    public static async Task<int> RunAsync(DatabaseOptions database, int count, int workers)
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

        var services = new ServiceCollection().AddLogging();
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
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        for (var i = 0; i < count; i++)
        {
            var job = JobBuilder.Create<NoOpJob>().WithIdentity("noop-" + i.ToString(CultureInfo.InvariantCulture), "bench").Build();
            await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build());
        }

        var clock = Stopwatch.StartNew();
        await scheduler.Start();
        while (Volatile.Read(ref _fired) < count && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(5);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        await scheduler.Shutdown(true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"figure quartz_noop_per_second {_fired / seconds:F1} ({_fired} jobs in {seconds:F2} s, {workers} workers)"));
        return _fired >= count ? 0 : 1;
    }

    private sealed class NoOpJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _fired);
            return ValueTask.CompletedTask;
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
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
    private static int _fired;

    /// <summary>Schedules <paramref name="count"/> no-op jobs at once and prints jobs per second until the last has run.</summary>
    public static async Task<int> RunAsync(DatabaseOptions database, int count, int workers, string setup)
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
        var figure = setup == "site" ? "quartz_noop_per_second" : "quartz_noop_bare_per_second";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"figure {figure} {_fired / seconds:F1} ({_fired} jobs in {seconds:F2} s, {workers} workers, {setup} set-up)"));
        return _fired >= count ? 0 : 1;
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
            Interlocked.Increment(ref _fired);
            return ValueTask.CompletedTask;
        }
    }
}

using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Outbox;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Security;
using PartnerHelp.Jobs;
using PartnerHelp.Jobs.Scheduling;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Jobs;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Load;

/// <summary>
/// <c>refunds-direct</c>, the engine-free side of the jobs benchmark's engine overhead: the site's services and
/// configuration (<see cref="SiteHost"/>) with the Hangfire server off, the site's <see cref="OutboxDispatcher"/> pass
/// turning outbox rows into runs, and a <see cref="DirectRunner"/> running them. Batches are seeded and timed exactly as
/// <c>refunds-run</c> times the site's (<see cref="BenchData.RunRefundsAsync"/>: first Processing to last Refunded).
/// It must have its database to itself: a site on the same database would take its outbox rows.
/// </summary>
public static class DirectRefunds
{
    /// <summary>Warms up with <paramref name="warmup"/> refunds, then measures a batch of <paramref name="count"/> per line of standard input.</summary>
    public static async Task<int> RunAsync(string site, DatabaseOptions database, int warmup, int count, TimeSpan timeout)
    {
        var builder = SiteHost.Create(site, database, new KeyValuePair<string, string?>("Jobs:Enabled", "false"));
        var root = builder.Environment.ContentRootPath;
        // The site's registrations (Program.cs) that the refund path reaches: the notifier reads users through Identity.
        builder.Services
            .AddPartnerHelpCore()
            .AddPartnerHelpPersistence(builder.Configuration, root)
            .AddPartnerHelpDataProtection()
            .AddPartnerHelpAccounts()
            .AddPartnerHelpLocalization()
            .AddRefundJobs(builder.Configuration, root);
        builder.Services.AddSingleton<DirectRunner>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IBackgroundJobClient>(provider => provider.GetRequiredService<DirectRunner>()));

        // Built, not started: the site's start-up work (schema, demo data) was done by the site that created the database.
        using var host = builder.Build();
        var services = host.Services;
        using var stopping = new CancellationTokenSource();
        var working = services.GetRequiredService<DirectRunner>().RunAsync(stopping.Token);
        using var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher>(services);
        var dispatching = DispatchAsync(dispatcher, services.GetRequiredService<OutboxSignal>(), services.GetRequiredService<IOptions<JobsOptions>>().Value, stopping.Token);

        var status = 0;
        if (warmup > 0)
        {
            await BenchData.SeedRefundsAsync(database, "w", warmup);
            status = await BenchData.WaitForRefundsAsync(database, "w", warmup, timeout);
        }

        if (status == 0)
        {
            status = await Rounds.ServeAsync(batch => BenchData.RunRefundsAsync(database, batch, count, timeout));
        }

        await stopping.CancelAsync();
        await Task.WhenAll(working, dispatching);
        return status;
    }

    /// <summary>
    /// The site's dispatch loop without its engine parts (the dispatch lock and the sweep, which ask Hangfire's storage):
    /// drains the outbox 50 rows a pass, then waits for a local commit or the poll interval.
    /// </summary>
    private static async Task DispatchAsync(OutboxDispatcher dispatcher, OutboxSignal signal, JobsOptions options, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = signal.Next;
            try
            {
                while (await dispatcher.DispatchAsync(stoppingToken) == OutboxDispatcher.BatchSize)
                {
                }

                await Task.WhenAny(woken, Task.Delay(options.OutboxPollInterval, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}

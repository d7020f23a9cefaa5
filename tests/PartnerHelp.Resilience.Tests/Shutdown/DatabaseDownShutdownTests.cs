using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;
using Xunit.Abstractions;

namespace PartnerHelp.Resilience.Tests.Shutdown;

/// <summary>
/// A node must stop when told to even when its PostgreSQL has gone away: the database goes while refund jobs run and
/// pages are being served, the node notices (its /healthz turns unhealthy), then gets SIGTERM and must exit 0 within the
/// host's shutdown timeout (<c>shutdownTimeoutSeconds</c>). Gone two ways: stopped (connections refused at once), and
/// unreachable (the server frozen: connections accepted, nothing answers, as when its host or network is gone). The
/// second kept nodes running past the timeout and then crashed them (docs/reliability.md, "A node whose database has
/// gone away").
/// </summary>
public sealed class DatabaseDownShutdownTests(ITestOutputHelper output)
{
    private const int ShutdownTimeoutSeconds = 15;

    // The runtime's own exit after the host has stopped (flushing logs, finalizers) on a loaded two-core machine.
    private static readonly TimeSpan ExitSlack = TimeSpan.FromSeconds(5);

    /// <summary>How the database goes away.</summary>
    public enum Gone
    {
        /// <summary><c>pg_ctl stop -m fast</c>: sessions ended, new connections refused.</summary>
        Stopped,

        /// <summary>SIGSTOP to the server's processes: connections accepted by the kernel, no answer ever.</summary>
        Unreachable,
    }

    [Theory]
    [InlineData(Gone.Stopped)]
    [InlineData(Gone.Unreachable)]
    public async Task Sigterm_ExitsWithinShutdownTimeout_WhenDatabaseGoesAwayUnderLoad(Gone gone)
    {
        var settings = SuiteSettings.FastJobs(SuiteSettings.Seed());
        settings["Jobs:PaymentSimulator:Latency"] = "00:00:01";
        settings["shutdownTimeoutSeconds"] = ShutdownTimeoutSeconds.ToString(CultureInfo.InvariantCulture);
        await using var database = await ResilienceDatabase.CreateAsync(SiteStorage.PostgreSql, "dbdown", ownServer: true);
        using var site = await database.StartSiteAsync(settings);
        await database.AddCancelledOrdersAsync("DD", 40);
        await database.WaitAsync(async db => await db.JobAttempts.AnyAsync(a => a.JobName.StartsWith("RF-DD-") && a.FinishedAt == null), "a refund job running", TimeSpan.FromSeconds(60));

        // Pages keep being asked for while the database goes: requests in flight hold connections too.
        using var stopLoad = new CancellationTokenSource();
        var load = PagesAsync(site.Url, stopLoad.Token);
        if (gone == Gone.Stopped)
        {
            await database.StopServerAsync();
        }
        else
        {
            await database.FreezeServerAsync();
        }

        var stoppedAt = Stopwatch.StartNew();
        await WaitUnhealthyAsync(site);
        var noticed = stoppedAt.Elapsed;

        var clock = Stopwatch.StartNew();
        var within = TimeSpan.FromSeconds(ShutdownTimeoutSeconds) + ExitSlack;
        int exitCode;
        try
        {
            exitCode = await site.StopGracefullyAsync(within);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"SIGTERM with the database {gone}: still running after {within.TotalSeconds:0} s.{Environment.NewLine}{site.RecentOutput}");
        }
        finally
        {
            await stopLoad.CancelAsync();
            await load;
        }

        var exited = clock.Elapsed;
        output.WriteLine(site.RecentOutput);
        SuiteFigures.Record("shutdown", string.Create(CultureInfo.InvariantCulture,
            $"PostgreSql: database {gone.ToString().ToLowerInvariant()} under load (refund jobs running, pages served): node unhealthy {noticed.TotalSeconds:0.0}s later, exit {exitCode} {exited.TotalSeconds:0.0}s after SIGTERM (shutdown timeout {ShutdownTimeoutSeconds}s)"));
        Assert.True(exitCode == 0, $"exit code {exitCode}{Environment.NewLine}{site.RecentOutput}");
    }

    /// <summary>
    /// Polls /healthz until the node reports itself unhealthy (its database check fails) or does not answer within 5 s,
    /// as a load balancer's probe would count it.
    /// </summary>
    private static async Task WaitUnhealthyAsync(SiteProcess site)
    {
        using var client = new HttpClient { BaseAddress = new Uri(site.Url), Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.MatchesAsync(
            "the node to call itself unhealthy after its database stopped",
            async () =>
            {
                try
                {
                    using var response = await client.GetAsync("/healthz");
                    return response.IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            },
            healthy => !healthy,
            TimeSpan.FromSeconds(90),
            TimeSpan.FromMilliseconds(200),
            _ => $"healthy.{Environment.NewLine}{site.RecentOutput}");
    }

    /// <summary>Two anonymous clients asking for pages until stopped; failures are expected once the database is gone.</summary>
    private static Task PagesAsync(string url, CancellationToken stop) => Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
    {
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await client.GetAsync("/en/refund-criteria", stop);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
            {
                await Task.Delay(100, CancellationToken.None);
            }
        }
    }));
}

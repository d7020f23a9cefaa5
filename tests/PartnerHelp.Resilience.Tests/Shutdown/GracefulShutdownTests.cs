using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;
using Xunit.Abstractions;

namespace PartnerHelp.Resilience.Tests.Shutdown;

/// <summary>
/// SIGTERM (a service manager stopping the site) in the middle of a batch of refunds: the process exits 0 within the
/// host's shutdown timeout, running jobs finish (Hangfire's StopTimeout is the host's timeout less a few seconds) or
/// are cancelled and run again after the restart, and that restart completes every refund exactly once, on either storage.
/// </summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    // Slack over the configured timeout for process start-up costs on a loaded two-core machine.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(15);

    [Theory]
    [Trait("Category", "Soak")]
    [InlineData(SiteStorage.InMemory)]
    [InlineData(SiteStorage.PostgreSql)]
    public async Task Sigterm_ExitsZeroAndFinishesRunningJobs_WhenBatchIsInFlight(SiteStorage storage)
    {
        var count = SuiteProfile.Pick(12, 60);
        var settings = SuiteSettings.FastJobs(SuiteSettings.Seed());
        settings["Jobs:PaymentSimulator:Latency"] = "00:00:01.500";
        settings["shutdownTimeoutSeconds"] = "20";
        await using var database = await ResilienceDatabase.CreateAsync(storage, "shutdown");
        var figures = new ShutdownFigures(storage);
        var orders = await RunUntilSigtermAsync(database, settings, count, "GS", TimeSpan.FromSeconds(20), figures);
        await using (var db = database.Context())
        {
            var unfinished = await db.JobAttempts.CountAsync(a => a.JobName.StartsWith("RF-GS-") && a.FinishedAt == null);
            Assert.Equal(0, unfinished);
        }

        await CompleteAfterRestartAsync(database, settings, orders, "GS", figures);
    }

    [Theory]
    [InlineData(SiteStorage.InMemory)]
    [InlineData(SiteStorage.PostgreSql)]
    public async Task Sigterm_ExitsZeroWithinShutdownTimeout_WhenPaymentHangsLongerThanIt(SiteStorage storage)
    {
        var settings = SuiteSettings.FastJobs(SuiteSettings.Seed());
        settings["Jobs:PaymentSimulator:LostResponseRate"] = "1";
        settings["Jobs:PaymentSimulator:TransientFailureRate"] = "0";
        settings["Jobs:PaymentTimeout"] = "00:02:00";
        settings["shutdownTimeoutSeconds"] = "3";
        await using var database = await ResilienceDatabase.CreateAsync(storage, "shutdownhang");
        var figures = new ShutdownFigures(storage);
        var orders = await RunUntilSigtermAsync(database, settings, 2, "GH", TimeSpan.FromSeconds(3), figures);
        await using (var db = database.Context())
        {
            // The hanging payment was not waited for: its run was cancelled at Hangfire's stop timeout (or cut off with
            // the process), and runs again after the restart.
            Assert.True(await db.JobAttempts.AnyAsync(a => a.JobName.StartsWith("RF-GH-") && (a.FinishedAt == null || a.Outcome == JobAttemptOutcomes.Cancelled)));
        }

        settings["Jobs:PaymentSimulator:LostResponseRate"] = "0";
        settings["Jobs:PaymentTimeout"] = "00:00:03";
        await CompleteAfterRestartAsync(database, settings, orders, "GH", figures);
    }

    private async Task<IReadOnlyList<string>> RunUntilSigtermAsync(ResilienceDatabase database, Dictionary<string, string> settings, int count, string prefix, TimeSpan shutdownTimeout, ShutdownFigures figures)
    {
        using var site = await database.StartSiteAsync(settings);
        var orders = await database.AddCancelledOrdersAsync(prefix, count);
        await database.WaitAsync(async db => await db.JobAttempts.AnyAsync(a => a.JobName.StartsWith($"RF-{prefix}-") && a.FinishedAt == null), "a refund job running", TimeSpan.FromSeconds(60));
        await using (var db = database.Context())
        {
            figures.RunningAtSigterm = await db.JobAttempts.CountAsync(a => a.JobName.StartsWith($"RF-{prefix}-") && a.FinishedAt == null);
        }

        var watch = Stopwatch.StartNew();
        int exitCode;
        try
        {
            exitCode = await site.StopGracefullyAsync(shutdownTimeout + Slack);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"SIGTERM: the site was still running after {shutdownTimeout + Slack}.{Environment.NewLine}{site.RecentOutput}");
        }

        figures.StopSeconds = watch.Elapsed.TotalSeconds;
        output.WriteLine(site.RecentOutput);
        Assert.True(exitCode == 0, $"exit code {exitCode}{Environment.NewLine}{site.RecentOutput}");
        return orders;
    }

    private async Task CompleteAfterRestartAsync(ResilienceDatabase database, Dictionary<string, string> settings, IReadOnlyList<string> orders, string prefix, ShutdownFigures figures)
    {
        var restarted = DateTimeOffset.UtcNow;
        using var site = await database.StartSiteAsync(settings);
        using var ops = await OperatorClient.SignInAsync(site.Url);
        var audit = await MoneyAudit.UntilSettledAsync(database, orders, ops, TimeSpan.FromSeconds(120));
        await using var db = database.Context();
        var recovered = await db.JobAttempts.CountAsync(a => a.JobName.StartsWith($"RF-{prefix}-") && a.JobGroup == "refunds" && a.StartedAt >= restarted);
        SuiteFigures.Record("shutdown", $"{figures.Storage}: {prefix}: {orders.Count} refunds, {figures.RunningAtSigterm} jobs running at SIGTERM, exit 0 after {figures.StopSeconds:0.0}s, {recovered} payment runs after restart, {audit.MoneyMismatches} money mismatches, {audit.Stuck} stuck");
        Assert.True(audit.Problems.Count == 0, string.Join(Environment.NewLine, audit.Problems));
        Assert.Equal(orders.Count, await db.Refunds.CountAsync(r => r.OrderId.StartsWith(prefix + "-") && r.Status == RefundStatus.Refunded));
    }

    private sealed class ShutdownFigures(SiteStorage storage)
    {
        public SiteStorage Storage { get; } = storage;

        public int RunningAtSigterm { get; set; }

        public double StopSeconds { get; set; }
    }
}

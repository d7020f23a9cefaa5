using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Crashes;

public sealed class RestartTests
{
    private const int Refunds = 8;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Jobs:PaymentSimulator:Latency"] = "00:00:01.500",
        ["Jobs:PaymentSimulator:TransientFailureRate"] = "0.2",
        ["Jobs:PaymentSimulator:Seed"] = "7",
        ["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:02",
        ["Jobs:StatusPollInterval"] = "00:00:00.500",
        ["Jobs:OutboxPollInterval"] = "00:00:00.200",
        ["Jobs:RetryInitialDelay"] = "00:00:00.500",
        ["Jobs:RetryMaxDelay"] = "00:00:02",
        ["Jobs:MaxConcurrency"] = "3",
    };

    [Fact]
    public async Task Refunds_CompleteExactlyOnce_WhenProcessIsKilledWhileTheyAreInFlight()
    {
        var attempts = await KillMidBatchThenRestartAsync("RS", Settings);
        Assert.Contains(attempts, a => a.JobGroup == "refund-status");
    }

    [Fact]
    public async Task Refunds_CompleteExactlyOnceInTheirPaymentRun_WhenKilledBetweenPayoutAndSettlement()
    {
        // The processor settles at once, so the payment run completes each refund itself. A kill after the ledger
        // write (half-way through the 1.5 s call) and before the commit leaves payouts without a Refunded refund.
        var settings = new Dictionary<string, string>(Settings) { ["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:00" };

        var attempts = await KillMidBatchThenRestartAsync("RZ", settings);

        Assert.DoesNotContain(attempts, a => a.JobGroup == "refund-status");
    }

    /// <summary>Kills the site hard while <see cref="Refunds"/> refunds are in flight, restarts it, checks money and mail; returns the attempts.</summary>
    private static async Task<List<JobAttempt>> KillMidBatchThenRestartAsync(string prefix, Dictionary<string, string> settings)
    {
        using var folder = new TempDirectory("partnerhelp-restart");
        var database = new ResilienceDatabase(folder.File("partnerhelp.db"));

        using (var first = await SiteProcess.StartAsync(database.Path, settings))
        {
            await database.AddCancelledOrdersAsync(prefix, Refunds);
            await database.WaitAsync(async db => await db.PayoutLedger.CountAsync(e => e.RefundId.StartsWith($"RF-{prefix}-")) > 0, "a first payout", TimeSpan.FromSeconds(30));
            await using (var db = database.Context())
            {
                Assert.True(await db.Refunds.CountAsync(r => r.OrderId.StartsWith($"{prefix}-") && r.Status != RefundStatus.Refunded) > 0, "Refunds should still be in flight when the process is killed.");
            }

            first.KillHard();
        }

        using var second = await SiteProcess.StartAsync(database.Path, settings);
        await database.WaitAsync(async db => await db.Refunds.CountAsync(r => r.OrderId.StartsWith($"{prefix}-") && r.Status == RefundStatus.Refunded) == Refunds, "every refund to be refunded", TimeSpan.FromSeconds(90));

        await using var check = database.Context();
        var payouts = await check.PayoutLedger.Where(e => e.RefundId.StartsWith($"RF-{prefix}-")).GroupBy(e => e.RefundId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Refunds, payouts.Count);
        Assert.All(payouts, count => Assert.Equal(1, count));
        var notices = await check.PartnerNotifications.Where(n => n.Kind == NotificationKinds.RefundCompleted && n.Subject.StartsWith($"RF-{prefix}-")).CountAsync();
        Assert.Equal(Refunds, notices);
        var refunds = await check.Refunds.Where(r => r.OrderId.StartsWith($"{prefix}-")).ToListAsync();
        var ledger = await check.PayoutLedger.Where(e => e.RefundId.StartsWith($"RF-{prefix}-")).ToDictionaryAsync(e => e.RefundId, e => e.Reference);
        Assert.All(refunds, r => Assert.Equal(ledger[r.Id], r.ProcessorReference));

        // The kill really cut runs off, and the restarted scheduler recovered them.
        var attempts = await check.JobAttempts.Where(a => a.JobName.StartsWith($"RF-{prefix}-")).ToListAsync();
        Assert.Contains(attempts, a => a.Outcome == JobAttemptOutcomes.Running && a.FinishedAt == null);
        Assert.Contains(attempts, a => a.Recovering);
        return attempts;
    }
}

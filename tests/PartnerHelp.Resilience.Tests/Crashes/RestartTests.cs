using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Crashes;

/// <summary>
/// A site killed (SIGKILL) while refunds are in flight and started again on the same database: each refund is paid
/// exactly once. What brings the cut-off runs back differs by storage, and each case asserts its own way: the in-memory
/// storage forgets every job, so the sweep at start gives each unfinished refund a new job; PostgreSQL keeps them, and
/// a run cut off is fetched again after the invisibility timeout (a recovery of the same job).
/// </summary>
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
        ["Jobs:RetryInitialDelay"] = "00:00:01",
        ["Jobs:RetryMaxDelay"] = "00:00:02",
        ["Jobs:InvisibilityTimeout"] = SuiteSettings.InvisibilityTimeout,
        ["Jobs:DistributedLockTimeout"] = SuiteSettings.DistributedLockTimeout,
        ["Jobs:WorkerCount"] = "3",
    };

    [Theory]
    [InlineData(SiteStorage.InMemory)]
    [InlineData(SiteStorage.PostgreSql)]
    public async Task Refunds_CompleteExactlyOnce_WhenProcessIsKilledWhileTheyAreInFlight(SiteStorage storage)
    {
        var attempts = await KillMidBatchThenRestartAsync(storage, "RS", Settings);
        Assert.Contains(attempts, a => a.JobGroup == "refund-status");
    }

    [Theory]
    [InlineData(SiteStorage.InMemory)]
    [InlineData(SiteStorage.PostgreSql)]
    public async Task Refunds_CompleteExactlyOnceInTheirPaymentRun_WhenKilledBetweenPayoutAndSettlement(SiteStorage storage)
    {
        // The processor settles at once, so the payment run completes each refund itself. A kill after the ledger
        // write (half-way through the 1.5 s call) and before the commit leaves payouts without a Refunded refund.
        var settings = new Dictionary<string, string>(Settings) { ["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:00" };

        var attempts = await KillMidBatchThenRestartAsync(storage, "RZ", settings);

        Assert.DoesNotContain(attempts, a => a.JobGroup == "refund-status");
    }

    /// <summary>Kills the site hard while <see cref="Refunds"/> refunds are in flight, restarts it, checks money, mail and recovery; returns the attempts.</summary>
    private static async Task<List<JobAttempt>> KillMidBatchThenRestartAsync(SiteStorage storage, string prefix, Dictionary<string, string> settings)
    {
        await using var database = await ResilienceDatabase.CreateAsync(storage, "restart");
        IReadOnlyList<string> orders;
        DateTimeOffset killedAt;
        using (var first = await database.StartSiteAsync(settings))
        {
            orders = await database.AddCancelledOrdersAsync(prefix, Refunds);
            // Kill while a run is in its payment call: after a first payout, and when a run has started and not finished
            // (a 1.5 s call), so the kill cuts one off even when a loaded machine has left the workers between runs.
            await database.WaitAsync(
                async db => await db.PayoutLedger.CountAsync(e => e.RefundId.StartsWith($"RF-{prefix}-")) > 0
                    && await db.JobAttempts.CountAsync(a => a.JobName.StartsWith($"RF-{prefix}-") && a.FinishedAt == null) > 0,
                "a first payout and a run in flight",
                TimeSpan.FromSeconds(60));
            await using (var db = database.Context())
            {
                Assert.True(await db.Refunds.CountAsync(r => r.OrderId.StartsWith($"{prefix}-") && r.Status != RefundStatus.Refunded) > 0, "Refunds should still be in flight when the process is killed.");
            }

            first.KillHard();
            killedAt = DateTimeOffset.UtcNow;
        }

        using var second = await database.StartSiteAsync(settings);
        using var ops = await OperatorClient.SignInAsync(second.Url);
        var audit = await MoneyAudit.UntilSettledAsync(database, orders, ops, TimeSpan.FromSeconds(120));
        Assert.True(audit.Problems.Count == 0, string.Join(Environment.NewLine, audit.Problems));

        await using var check = database.Context();
        var notices = await check.PartnerNotifications.Where(n => n.Kind == NotificationKinds.RefundCompleted && n.Subject.StartsWith($"RF-{prefix}-")).CountAsync();
        Assert.Equal(Refunds, notices);

        // The kill really cut runs off, and each refund so cut off was run again after the restart.
        var attempts = await check.JobAttempts.Where(a => a.JobName.StartsWith($"RF-{prefix}-")).ToListAsync();
        var cutOff = attempts.Where(a => a.StartedAt < killedAt && a.FinishedAt == null).ToList();
        Assert.NotEmpty(cutOff);
        var after = attempts.Where(a => a.StartedAt >= killedAt).ToList();
        foreach (var run in cutOff)
        {
            if (storage == SiteStorage.InMemory)
            {
                // The job died with the process's memory: the sweep at start gave the refund a new one.
                Assert.Contains(after, a => a.JobName == run.JobName && a.TriggerName != run.TriggerName);
            }
            else
            {
                // The same job, fetched again once its invisibility timed out, and known as the recovery of a cut-off run.
                Assert.Contains(after, a => a.TriggerName == run.TriggerName && a.Recovering);
            }
        }

        return attempts;
    }
}

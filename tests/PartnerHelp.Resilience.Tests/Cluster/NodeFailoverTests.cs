using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Cluster;

/// <summary>
/// Hangfire delivers at least once: a node SIGKILLed while it runs refund jobs leaves them fetched in PostgreSQL, and
/// the other node runs them again once their invisibility timeout has passed. Every refund is still paid exactly once.
/// </summary>
public sealed class NodeFailoverTests
{
    [Fact]
    [Trait("Category", "Soak")]
    public async Task Refunds_CompleteExactlyOnce_WhenOneNodeIsKilledWhileItRunsThem()
    {
        var count = SuiteProfile.Pick(30, 150);
        var orders = Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"FO-{i:0000}")).ToList();
        await using var database = await ResilienceDatabase.CreateAsync(SiteStorage.PostgreSql, "failover");
        await using var cluster = await ClusterNodes.StartAsync(database, 2, ClusterNodes.Settings(new Dictionary<string, string>
        {
            // Slow payments, so node-2 surely has some in flight when it dies.
            ["Jobs:PaymentSimulator:Latency"] = "00:00:01",
            ["Jobs:PaymentSimulator:TransientFailureRate"] = "0.1",
            ["Jobs:PaymentSimulator:Seed"] = "5",
            ["Jobs:WorkerCount"] = "3",
        }));
        await cluster.AddOrdersAsync(orders, cancelled: true);

        await cluster.WaitAsync(
            async db => await db.PayoutLedger.AnyAsync(e => e.RefundId.StartsWith("RF-FO-"))
                && await db.JobAttempts.AnyAsync(a => a.SchedulerInstanceId.StartsWith("node-2:") && a.JobGroup == "refunds" && a.JobName.StartsWith("RF-FO-") && a.FinishedAt == null),
            "node-2 to be paying a refund", TimeSpan.FromSeconds(60));
        cluster.Kill(1);
        var killedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();

        List<JobAttempt> cutOff;
        await using (var db = cluster.Context())
        {
            Assert.True(await ClusterNodes.RefundedAsync(db, "FO-") < count, "Refunds should still be in flight when node-2 is killed.");
            cutOff = await db.JobAttempts.Where(a => a.SchedulerInstanceId.StartsWith("node-2:") && a.JobName.StartsWith("RF-FO-") && a.FinishedAt == null).ToListAsync();
        }

        Assert.NotEmpty(cutOff);
        using var ops = await OperatorClient.SignInAsync(cluster.Nodes[0].Url);
        var audit = await MoneyAudit.UntilSettledAsync(database, orders, ops, TimeSpan.FromSeconds(SuiteProfile.Pick(150, 300)));
        var completed = clock.Elapsed;
        Assert.True(audit.Problems.Count == 0, string.Join(Environment.NewLine, audit.Problems));

        await using var check = cluster.Context();
        Assert.Equal(count, await check.PartnerNotifications.CountAsync(n => n.Kind == NotificationKinds.RefundCompleted && n.Subject.StartsWith("RF-FO-")));

        // Every job node-2 was running when it died ran again on node-1, as the same Hangfire job (at least once:
        // the body ran a second time) known as the recovery of the cut-off run, no sooner than the invisibility timeout.
        var after = await check.JobAttempts.Where(a => a.SchedulerInstanceId.StartsWith("node-1:") && a.JobName.StartsWith("RF-FO-") && a.StartedAt >= killedAt).ToListAsync();
        Assert.All(cutOff, run => Assert.Contains(after, a => a.TriggerName == run.TriggerName && a.Recovering));
        var recovered = cutOff.Select(run => after.Where(a => a.TriggerName == run.TriggerName && a.Recovering).Min(a => a.StartedAt))
            .Select(start => (start - killedAt).TotalSeconds).ToList();
        var timeout = TimeSpan.Parse(SuiteSettings.InvisibilityTimeout, CultureInfo.InvariantCulture);
        Assert.All(cutOff, run => Assert.True(
            after.Where(a => a.TriggerName == run.TriggerName && a.Recovering).Min(a => a.StartedAt) - run.StartedAt >= timeout - TimeSpan.FromSeconds(1),
            $"{run.TriggerName} ran again before its invisibility timeout"));

        // Hangfire's servers page no longer shows node-2 as active once its heartbeat stopped.
        var servers = await ops.ServersAsync();
        Assert.Contains(servers, s => s.Name == "node-1" && s.Active);
        Assert.DoesNotContain(servers, s => s.Name == "node-2" && s.Heartbeat > killedAt);

        SuiteFigures.Record("cluster", string.Create(CultureInfo.InvariantCulture,
            $"failover: {count} refunds on 2 nodes, node-2 SIGKILLed with {cutOff.Count} run(s) in flight; node-1 ran them again {recovered.Min():F1}–{recovered.Max():F1} s after the kill " +
            $"(invisibility timeout {timeout.TotalSeconds:F0} s, sliding), all refunded {completed.TotalSeconds:F1} s after it; {audit.MoneyMismatches} money mismatches, " +
            $"{audit.RefundedTotal:0.00} USD refunded for {audit.CancelledTotal:0.00} cancelled"));
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Cluster;

public sealed class NodeFailoverTests
{
    [Fact]
    [Trait("Category", "Soak")]
    public async Task Refunds_CompleteExactlyOnce_WhenOneNodeIsKilledWhileItRunsThem()
    {
        var count = SuiteProfile.Pick(30, 150);
        var orders = Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"FO-{i:0000}")).ToList();
        await using var server = await PostgresServer.StartAsync();
        await using var cluster = await ClusterNodes.StartAsync(server, "failover", 2, ClusterNodes.Settings(new Dictionary<string, string>
        {
            // Slow payments, so node-2 surely has some in flight when it dies.
            ["Jobs:PaymentSimulator:Latency"] = "00:00:01",
            ["Jobs:PaymentSimulator:TransientFailureRate"] = "0.1",
            ["Jobs:PaymentSimulator:Seed"] = "5",
            ["Jobs:MaxConcurrency"] = "3",
        }));
        await cluster.AddOrdersAsync(orders, cancelled: true);

        await cluster.WaitAsync(
            async db => await db.PayoutLedger.AnyAsync(e => e.RefundId.StartsWith("RF-FO-"))
                && await db.JobAttempts.AnyAsync(a => a.SchedulerInstanceId == "node-2" && a.JobGroup == "refunds" && a.JobName.StartsWith("RF-FO-") && a.FinishedAt == null),
            "node-2 to be paying a refund", TimeSpan.FromSeconds(60));
        cluster.Kill(1);
        var killedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();

        List<JobAttempt> cutOff;
        await using (var db = cluster.Context())
        {
            Assert.True(await ClusterNodes.RefundedAsync(db, "FO-") < count, "Refunds should still be in flight when node-2 is killed.");
            cutOff = await db.JobAttempts.Where(a => a.SchedulerInstanceId == "node-2" && a.JobName.StartsWith("RF-FO-") && a.FinishedAt == null).ToListAsync();
        }

        Assert.NotEmpty(cutOff);
        await cluster.WaitAsync(async db => await ClusterNodes.RefundedAsync(db, "FO-") == count, $"{count} refunds after the kill", TimeSpan.FromSeconds(SuiteProfile.Pick(120, 300)));
        var completed = clock.Elapsed;

        await using var check = cluster.Context();
        var payouts = await check.PayoutLedger.Where(e => e.RefundId.StartsWith("RF-FO-")).GroupBy(e => e.RefundId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(count, payouts.Count);
        Assert.All(payouts, n => Assert.Equal(1, n));
        var ledger = await check.PayoutLedger.Where(e => e.RefundId.StartsWith("RF-FO-")).ToDictionaryAsync(e => e.RefundId, e => e.Reference);
        var refunds = await check.Refunds.Where(r => r.OrderId.StartsWith("FO-")).ToListAsync();
        Assert.All(refunds, r => Assert.Equal((RefundStatus.Refunded, ledger[r.Id]), (r.Status, r.ProcessorReference)));
        Assert.Equal(count, await check.PartnerNotifications.CountAsync(n => n.Kind == NotificationKinds.RefundCompleted && n.Subject.StartsWith("RF-FO-")));

        // Every job node-2 was running when it died ran again on node-1, as a recovery of the cut-off run.
        var after = await check.JobAttempts.Where(a => a.SchedulerInstanceId == "node-1" && a.JobName.StartsWith("RF-FO-") && a.StartedAt >= killedAt).ToListAsync();
        Assert.All(cutOff, run => Assert.Contains(after, a => a.JobGroup == run.JobGroup && a.JobName == run.JobName && a.Recovering));
        var recovered = after.Where(a => a.Recovering).Select(a => (a.StartedAt - killedAt).TotalSeconds).ToList();

        var opsCookies = new CookieContainer();
        using var ops = cluster.Client(0, opsCookies);
        await SiteSignIn.AsAsync(ops, "ops@partnerhelp.example");
        var servers = await ServersPage.ReadAsync(ops);
        Assert.Equal("Alive", Assert.Single(servers, s => s.InstanceId == "node-1").Health);
        var dead = Assert.Single(servers, s => s.InstanceId == "node-2");
        Assert.Equal("Silent", dead.Health);
        Assert.Contains(dead.Cluster, new[] { "Failed", "Gone" });
        Assert.Empty(dead.Running);

        SuiteFigures.Record("cluster", string.Create(CultureInfo.InvariantCulture,
            $"failover: {count} refunds on 2 nodes, node-2 SIGKILLed with {cutOff.Count} run(s) in flight; node-1 re-ran them {recovered.Min():F1}–{recovered.Max():F1} s after the kill " +
            $"(check-in 1 s + threshold 5 s, then behind the queue), all refunded {completed.TotalSeconds:F1} s after it; payouts {payouts.Count}/{count}, duplicates {payouts.Count(n => n > 1)}"));
    }
}

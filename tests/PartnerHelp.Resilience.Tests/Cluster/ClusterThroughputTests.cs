using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Cluster;

/// <summary>
/// Jobs per second with 1, 2 and 3 nodes on one PostgreSQL database (each a Hangfire server on Hangfire.PostgreSql),
/// the payment simulator at zero latency and no failures, so the figure is the cluster's own cost per job (Hangfire's
/// enqueue, fetch and state changes, the application's reads and writes). The cluster comes from scripts/cluster.sh; run by scripts/cluster-bench.sh (the test command leaves out Category=Benchmark); the figures go to docs/architecture.md.
/// </summary>
public sealed class ClusterThroughputTests
{
    [Fact]
    [Trait("Category", "Benchmark")]
    public async Task JobsPerSecond_IsMeasured_ForOneTwoAndThreeNodes()
    {
        var refunds = int.Parse(Environment.GetEnvironmentVariable("PARTNERHELP_CLUSTER_BENCH_REFUNDS") ?? "400", CultureInfo.InvariantCulture);
        var lines = new List<string>();
        foreach (var nodes in new[] { 1, 2, 3 })
        {
            var prefix = $"B{nodes}-";
            var orders = Enumerable.Range(1, refunds).Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}{i:00000}")).ToList();
            // Started by scripts/cluster.sh, as anyone would start it: a fresh PostgreSQL and N nodes each time.
            await using var cluster = await ScriptCluster.StartAsync(nodes, ClusterNodes.Settings(new Dictionary<string, string>
            {
                ["Jobs:PaymentSimulator:Latency"] = "00:00:00",
                ["Jobs:PaymentSimulator:TransientFailureRate"] = "0",
                ["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:00",
                ["Jobs:StatusPollInterval"] = "00:00:00.200",
            }));

            var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            var cpuBefore = ScriptCluster.CpuSeconds();
            var clock = Stopwatch.StartNew();
            var started = DateTimeOffset.UtcNow;
            await cluster.Database.AddOrdersAsync(orders, cancelled: true);
            await cluster.Database.WaitAsync(async db => await ResilienceDatabase.RefundedAsync(db, prefix) == refunds, $"{refunds} refunds on {nodes} node(s)", TimeSpan.FromMinutes(10));
            var elapsed = clock.Elapsed;
            var cpuAfter = ScriptCluster.CpuSeconds();

            await using var db = cluster.Database.Context();
            var runs = await db.JobAttempts.Where(a => a.JobName.StartsWith("RF-" + prefix) && a.StartedAt >= started).ToListAsync();
            var duplicates = await db.PayoutLedger.Where(e => e.RefundId.StartsWith("RF-" + prefix)).GroupBy(e => e.RefundId).CountAsync(g => g.Count() > 1);
            Assert.Equal(0, duplicates);
            Assert.Equal(nodes, runs.Select(a => ClusterNodes.NodeOf(a.SchedulerInstanceId)).Distinct().Count());
            var perNode = string.Join(" / ", runs.GroupBy(a => ClusterNodes.NodeOf(a.SchedulerInstanceId)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Count().ToString(CultureInfo.InvariantCulture)));
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{nodes} node(s): {refunds} refunds ({runs.Count} job runs: one payment each, the processor settling at once) in {elapsed.TotalSeconds:F1} s = {runs.Count / elapsed.TotalSeconds:F1} jobs/s, " +
                $"{refunds / elapsed.TotalSeconds:F1} refunds/s; runs per node {perNode}; failed runs {runs.Count(a => a.Outcome == JobAttemptOutcomes.Failed)}; " +
                $"CPU per job: nodes {(cpuAfter.Nodes - cpuBefore.Nodes) * 1000 / runs.Count:F1} ms + PostgreSQL {(cpuAfter.Database - cpuBefore.Database) * 1000 / runs.Count:F1} ms; " +
                $"load average at start {load} ({Environment.ProcessorCount} cores)");
            lines.Add(line);
            SuiteFigures.Record("cluster-bench", line);
        }

        Assert.Equal(3, lines.Count);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Cluster;

/// <summary>
/// Several nodes of the built site (real processes) clustered on one PostgreSQL database, as scripts/cluster.sh runs
/// them: Jobs:Clustered=true and instance ids node-1..node-N. The nodes start at once, so start-up also exercises the
/// advisory lock around schema creation and seeding.
/// </summary>
public sealed class ClusterNodes : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly HashSet<int> _killed = [];

    private ClusterNodes(string connectionString, IReadOnlyList<SiteProcess> nodes)
    {
        _connectionString = connectionString;
        Nodes = nodes;
    }

    /// <summary>The nodes; node i has the scheduler instance id <c>node-{i+1}</c>.</summary>
    public IReadOnlyList<SiteProcess> Nodes { get; }

    /// <summary>Settings of a clustered node; <paramref name="overrides"/> are applied last.</summary>
    public static Dictionary<string, string> Settings(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Jobs:Clustered"] = "true",
            ["Jobs:HeartbeatInterval"] = "00:00:01",
            // Quick failover for the tests; production keeps 5 s / 20 s (see docs/architecture.md).
            ["Jobs:ClusterCheckinInterval"] = "00:00:01",
            ["Jobs:ClusterCheckinMisfireThreshold"] = "00:00:05",
            ["Jobs:StatusPollInterval"] = "00:00:00.500",
            ["Jobs:OutboxPollInterval"] = "00:00:00.200",
            ["Jobs:RetryInitialDelay"] = "00:00:00.500",
            ["Jobs:RetryMaxDelay"] = "00:00:02",
            ["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:01",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Creates <paramref name="database"/> on <paramref name="server"/> and starts <paramref name="count"/> nodes on it at once.</summary>
    public static async Task<ClusterNodes> StartAsync(PostgresServer server, string database, int count, IReadOnlyDictionary<string, string> settings)
    {
        await server.CreateDatabaseAsync(database);
        var connectionString = server.ConnectionString(database);
        var starting = Enumerable.Range(1, count).Select(i => SiteProcess.StartAsync(
            new Dictionary<string, string>(settings)
            {
                ["Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:PartnerHelp"] = connectionString,
                ["Jobs:InstanceId"] = $"node-{i}",
            },
            name: $"node-{i}",
            healthyWithin: TimeSpan.FromSeconds(120))).ToList();
        try
        {
            return new ClusterNodes(connectionString, await Task.WhenAll(starting));
        }
        catch
        {
            foreach (var node in starting.Where(t => t.IsCompletedSuccessfully))
            {
                node.Result.Dispose();
            }

            throw;
        }
    }

    /// <summary>SIGKILLs node <paramref name="index"/>: no shutdown, its running jobs cut off mid-flight.</summary>
    public void Kill(int index)
    {
        _killed.Add(index);
        Nodes[index].KillHard();
    }

    /// <summary>A context on the cluster's database, for arranging and checking.</summary>
    public PartnerHelpDbContext Context() =>
        new(new DbContextOptionsBuilder<PartnerHelpDbContext>().UseNpgsql(_connectionString).Options);

    /// <summary>A client of node <paramref name="index"/> that keeps cookies in <paramref name="cookies"/> and does not follow redirects.</summary>
    public HttpClient Client(int index, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(Nodes[index].Url), Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Adds Contoso Action Pack orders, 3 days old and unused (so self-serve cancellable).</summary>
    public async Task AddOrdersAsync(IEnumerable<string> orderIds, bool cancelled)
    {
        await using var db = Context();
        var now = DateTimeOffset.UtcNow;
        foreach (var orderId in orderIds)
        {
            var order = new MembershipOrder(orderId, "contoso", MembershipOffer.ActionPack, now.AddDays(-3), new Money(475m, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242");
            db.MembershipOrders.Add(order);
            if (cancelled)
            {
                // What MembershipCancellation writes in one transaction: the cancellation, the refund and the outbox row.
                var refund = order.Cancel(RefundIds.For(orderId), "test", CancellationReason.NoLongerNeeded, null, now);
                db.Refunds.Add(refund);
                db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.RefundRequested, refund.Id, "en", now));
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Waits until <paramref name="condition"/> holds on the database.</summary>
    public async Task WaitAsync(Func<PartnerHelpDbContext, Task<bool>> condition, string what, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            await using (var db = Context())
            {
                if (await condition(db))
                {
                    return;
                }
            }

            if (Nodes.Where((n, i) => n.HasExited && !_killed.Contains(i)).FirstOrDefault() is { } dead)
            {
                throw new InvalidOperationException($"{dead.Name} exited ({dead.ExitCode}) while waiting for {what}:{Environment.NewLine}{dead.RecentOutput}");
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Timed out waiting for {what}.{Environment.NewLine}{string.Join(Environment.NewLine, Nodes.Select(n => $"--- {n.Name}{Environment.NewLine}{n.RecentOutput}"))}");
    }

    /// <summary>How many of the refunds of <paramref name="orderPrefix"/> orders are refunded.</summary>
    public static Task<int> RefundedAsync(PartnerHelpDbContext db, string orderPrefix) =>
        db.Refunds.CountAsync(r => r.OrderId.StartsWith(orderPrefix) && r.Status == RefundStatus.Refunded);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            node.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}

using System.Globalization;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Cluster;

/// <summary>
/// Two nodes on one throwaway PostgreSQL database, shared by <see cref="TwoNodeClusterTests"/>, with
/// <see cref="Orders"/> fresh Contoso orders (CL-0001…) added before any test runs.
/// </summary>
public sealed class TwoNodeCluster : IAsyncLifetime
{
    /// <summary>Orders the cancellation test cancels through the site (500 in the full profile).</summary>
    public static readonly int Orders = SuiteProfile.Pick(100, 500);

    private ResilienceDatabase? _database;
    private ClusterNodes? _cluster;

    public ClusterNodes Cluster => _cluster ?? throw new InvalidOperationException("Not started.");

    /// <summary>The order ids, CL-0001 onwards.</summary>
    public static IReadOnlyList<string> OrderIds { get; } =
        Enumerable.Range(1, Orders).Select(i => string.Create(CultureInfo.InvariantCulture, $"CL-{i:0000}")).ToList();

    public async Task InitializeAsync()
    {
        _database = await ResilienceDatabase.CreateAsync(SiteStorage.PostgreSql, "cluster");
        _cluster = await ClusterNodes.StartAsync(_database, 2, ClusterNodes.Settings(new Dictionary<string, string>
        {
            // Payments take long enough that both nodes have runs in flight, and some fail transiently and are retried.
            ["Jobs:PaymentSimulator:Latency"] = "00:00:00.200",
            ["Jobs:PaymentSimulator:TransientFailureRate"] = "0.1",
            ["Jobs:PaymentSimulator:Seed"] = "11",
            ["Jobs:WorkerCount"] = "4",
            // As behind scripts/cluster.sh --nginx: the balancer on loopback is trusted to name the client.
            ["Network:TrustedProxies:0"] = "127.0.0.1",
        }));
        await _cluster.AddOrdersAsync(OrderIds, cancelled: false);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

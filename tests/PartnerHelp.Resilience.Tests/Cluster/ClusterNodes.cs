using System.Net;
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
    private readonly HashSet<int> _killed = [];

    private ClusterNodes(string connectionString, IReadOnlyList<SiteProcess> nodes)
    {
        Database = new ClusterDatabase(connectionString);
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
            // One test client plays a whole partner's staff: the per-address partner-actions budget (30 a minute
            // per node) would refuse the batch. The sign-in limit stays real (see TwoNodeClusterTests).
            ["RateLimits:PartnerActionsPerMinute"] = "100000",
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

    /// <summary>The cluster's database.</summary>
    public ClusterDatabase Database { get; }

    /// <summary>A context on the cluster's database, for arranging and checking.</summary>
    public PartnerHelpDbContext Context() => Database.Context();

    /// <summary>A client of node <paramref name="index"/> that keeps cookies in <paramref name="cookies"/> and does not follow redirects.</summary>
    public HttpClient Client(int index, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(Nodes[index].Url), Timeout = TimeSpan.FromSeconds(60) };

    /// <inheritdoc cref="ClusterDatabase.AddOrdersAsync" />
    public Task AddOrdersAsync(IEnumerable<string> orderIds, bool cancelled) => Database.AddOrdersAsync(orderIds, cancelled);

    /// <summary>Waits until <paramref name="condition"/> holds on the database; fails at once when a node that was not killed exits.</summary>
    public Task WaitAsync(Func<PartnerHelpDbContext, Task<bool>> condition, string what, TimeSpan within) =>
        Database.WaitAsync(
            condition, what, within,
            () => Nodes.Where((n, i) => n.HasExited && !_killed.Contains(i)).Select(n => $"{n.Name} exited ({n.ExitCode}):{Environment.NewLine}{n.RecentOutput}").FirstOrDefault(),
            () => string.Join(Environment.NewLine, Nodes.Select(n => $"--- {n.Name}{Environment.NewLine}{n.RecentOutput}")));

    /// <inheritdoc cref="ClusterDatabase.RefundedAsync" />
    public static Task<int> RefundedAsync(PartnerHelpDbContext db, string orderPrefix) => ClusterDatabase.RefundedAsync(db, orderPrefix);

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

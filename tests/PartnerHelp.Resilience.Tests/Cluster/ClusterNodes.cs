using System.Net;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Cluster;

/// <summary>
/// Several nodes of the built site (real processes) on one PostgreSQL database, as scripts/cluster.sh runs them: each a
/// Hangfire server on Hangfire.PostgreSql in that database, named node-1..node-N (<c>Jobs:ServerName</c>). The nodes
/// start at once, so start-up also exercises the advisory lock around schema creation and seeding.
/// </summary>
public sealed class ClusterNodes : IAsyncDisposable
{
    private readonly HashSet<int> _killed = [];

    private ClusterNodes(ResilienceDatabase database, IReadOnlyList<SiteProcess> nodes)
    {
        Database = database;
        Nodes = nodes;
    }

    /// <summary>The nodes; node i is the Hangfire server <c>node-{i+1}</c>.</summary>
    public IReadOnlyList<SiteProcess> Nodes { get; }

    /// <summary>The cluster's database.</summary>
    public ResilienceDatabase Database { get; }

    /// <summary>Settings of a node; <paramref name="overrides"/> are applied last.</summary>
    public static Dictionary<string, string> Settings(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Jobs:ServerHeartbeatInterval"] = "00:00:01",
            // A killed node's fetched jobs come back after this (production: 30 s, see docs/architecture.md).
            ["Jobs:InvisibilityTimeout"] = SuiteSettings.InvisibilityTimeout,
            ["Jobs:DistributedLockTimeout"] = SuiteSettings.DistributedLockTimeout,
            ["Jobs:StatusPollInterval"] = "00:00:00.500",
            ["Jobs:OutboxPollInterval"] = "00:00:00.200",
            ["Jobs:RetryInitialDelay"] = "00:00:01",
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

    /// <summary>Starts <paramref name="count"/> nodes on <paramref name="database"/> at once.</summary>
    public static async Task<ClusterNodes> StartAsync(ResilienceDatabase database, int count, IReadOnlyDictionary<string, string> settings)
    {
        var starting = Enumerable.Range(1, count).Select(i => database.StartSiteAsync(
            new Dictionary<string, string>(settings) { ["Jobs:ServerName"] = $"node-{i}" },
            name: $"node-{i}")).ToList();
        try
        {
            return new ClusterNodes(database, await Task.WhenAll(starting));
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

    /// <summary>The node name (<c>node-1</c>) in a Hangfire server id (<c>node-1:4242:guid</c>), as job_attempts records it.</summary>
    public static string NodeOf(string serverId) => serverId.Split(':')[0];

    /// <summary>SIGKILLs node <paramref name="index"/>: no shutdown, its running jobs cut off mid-flight.</summary>
    public void Kill(int index)
    {
        _killed.Add(index);
        Nodes[index].KillHard();
    }

    /// <summary>A context on the cluster's database, for arranging and checking.</summary>
    public PartnerHelpDbContext Context() => Database.Context();

    /// <summary>A client of node <paramref name="index"/> that keeps cookies in <paramref name="cookies"/> and does not follow redirects.</summary>
    public HttpClient Client(int index, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(Nodes[index].Url), Timeout = TimeSpan.FromSeconds(60) };

    /// <inheritdoc cref="ResilienceDatabase.AddOrdersAsync" />
    public Task AddOrdersAsync(IEnumerable<string> orderIds, bool cancelled) => Database.AddOrdersAsync(orderIds, cancelled);

    /// <summary>Waits until <paramref name="condition"/> holds on the database; fails at once when a node that was not killed exits.</summary>
    public Task WaitAsync(Func<PartnerHelpDbContext, Task<bool>> condition, string what, TimeSpan within) =>
        Database.WaitAsync(
            condition, what, within,
            () => Nodes.Where((n, i) => n.HasExited && !_killed.Contains(i)).Select(n => $"{n.Name} exited ({n.ExitCode}):{Environment.NewLine}{n.RecentOutput}").FirstOrDefault(),
            () => string.Join(Environment.NewLine, Nodes.Select(n => $"--- {n.Name}{Environment.NewLine}{n.RecentOutput}")));

    /// <inheritdoc cref="ResilienceDatabase.RefundedAsync" />
    public static Task<int> RefundedAsync(PartnerHelpDbContext db, string orderPrefix) => ResilienceDatabase.RefundedAsync(db, orderPrefix);

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

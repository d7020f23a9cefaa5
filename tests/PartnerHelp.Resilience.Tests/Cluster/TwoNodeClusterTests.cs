using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;

namespace PartnerHelp.Resilience.Tests.Cluster;

/// <summary>Two nodes behind no load balancer but the test itself, which spreads every conversation over both.</summary>
public sealed class TwoNodeClusterTests(TwoNodeCluster fixture) : IClassFixture<TwoNodeCluster>
{
    private readonly ClusterNodes _cluster = fixture.Cluster;

    [Fact]
    public async Task SignIn_IsValidOnTheOtherNode_WhenMadeOnOneNode()
    {
        var cookies = new CookieContainer();
        using var a = _cluster.Client(0, cookies);
        using var b = _cluster.Client(1, cookies);
        using var stranger = _cluster.Client(1, new CookieContainer());

        await SiteSignIn.AsAsync(a, "user@contoso.example");

        // The list is paged, newest first, and the cluster's other tests add orders: CT-1001 is on some page of node B's list.
        var found = false;
        for (var number = 1; number <= 20 && !found; number++)
        {
            using var page = await b.GetAsync($"/en/memberships?page={number}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            found = (await page.Content.ReadAsStringAsync()).Contains("CT-1001", StringComparison.Ordinal);
        }

        Assert.True(found, "CT-1001 is on none of the first 20 pages of the memberships list on the other node.");
        using var api = await b.GetAsync("/api/v1/orders");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var anonymous = await stranger.GetAsync("/en/memberships");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task SignInLimit_CountsEachForwardedClient_WhenRequestsComeThroughATrustedProxy()
    {
        using var first = _cluster.Client(1, new CookieContainer());
        first.DefaultRequestHeaders.Add("X-Forwarded-For", "10.9.0.1");
        using var second = _cluster.Client(1, new CookieContainer());
        second.DefaultRequestHeaders.Add("X-Forwarded-For", "10.9.0.2");

        // RateLimits:SignInPerMinute is 10 per client address and node; an unknown e-mail locks no account.
        for (var i = 0; i < 10; i++)
        {
            using var allowed = await SiteSignIn.PostAsync(first, "nobody@partnerhelp.example", "wrong");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await SiteSignIn.PostAsync(first, "nobody@partnerhelp.example", "wrong");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        using var other = await SiteSignIn.PostAsync(second, "nobody@partnerhelp.example", "wrong");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task Conversation_KeepsItsContext_WhenMessagesAlternateNodes()
    {
        var cookies = new CookieContainer();
        using var a = _cluster.Client(0, cookies);
        using var b = _cluster.Client(1, cookies);
        await SiteSignIn.AsAsync(a, "admin@contoso.example");
        var chat = await DirectLineCalls.StartAsync(a, b);

        // Each question is posted on one node and answered (read) on the other. The other node must know what the
        // conversation holds: the pending "which order?" when the bare order number arrives, then the order ("it")
        // and the topic (a bare new order number) the earlier turns set on the first node.
        (string Text, string? Reason)[] turns =
        [
            ("Why is my cancel button disabled?", null),
            ("CT-1006", "UpgradedWithGoldDiscount"),
            ("Why can't I cancel it?", "UpgradedWithGoldDiscount"),
            ("CT-1004", "ProductKeysViewed"),
        ];
        var replies = new List<string>();
        for (var i = 0; i < turns.Length; i++)
        {
            var (post, read) = i % 2 == 0 ? (a, b) : (b, a);
            var id = await chat.PostAsync(post, turns[i].Text);
            var activities = await chat.ReadAsync(read);
            Assert.Equal(2, activities.Count);
            Assert.Equal(id, (string?)activities[0]["id"]);
            var reply = Assert.Single(activities, x => (string?)x["replyToId"] == id);
            Assert.Equal("OrderEligibility", DirectLineCalls.Intent(reply));
            Assert.Equal(turns[i].Reason is { } reason ? new[] { reason } : [], DirectLineCalls.ReasonCodes(reply));
            Assert.Equal(((i + 1) * 2).ToString(CultureInfo.InvariantCulture), chat.Watermark);
            replies.Add((string)reply["id"]!);
        }

        var history = await chat.ReadAsync(b, from: string.Empty);
        Assert.Equal(turns.Length * 2, history.Count);
        Assert.Equal(history.Count, history.Select(x => (string?)x["id"]).Distinct().Count());
        Assert.Equal(replies, history.Where(x => x["replyToId"] is not null).Select(x => (string)x["id"]!));
    }

    [Fact]
    [Trait("Category", "Soak")]
    public async Task Cancellations_AreRefundedExactlyOnceByBothNodes_WhenSpreadOverTwoNodes()
    {
        var orders = TwoNodeCluster.OrderIds;
        var cookies = new CookieContainer();
        HttpClient[] partner = [_cluster.Client(0, cookies), _cluster.Client(1, cookies)];
        await SiteSignIn.AsAsync(partner[0], "admin@contoso.example");

        using var opsClient = await OperatorClient.SignInAsync(_cluster.Nodes[1].Url);
        using var stop = new CancellationTokenSource();
        var seenRunning = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var sampler = SampleProcessingAsync(opsClient, seenRunning, stop.Token);

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(orders.Select((id, i) => (id, i)), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (order, _) =>
        {
            // The form comes from one node and is posted to the other: antiforgery and the sign-in cookie hold on both.
            var form = partner[order.i % 2];
            var post = partner[(order.i + 1) % 2];
            await CancelAsync(form, post, order.id);
        });
        var requests = clock.Elapsed;
        await _cluster.WaitAsync(async db => await ClusterNodes.RefundedAsync(db, "CL-") == orders.Count, $"{orders.Count} refunds", TimeSpan.FromSeconds(SuiteProfile.Pick(150, 600)));
        var refunded = clock.Elapsed;
        await stop.CancelAsync();
        await sampler;

        var audit = await MoneyAudit.UntilSettledAsync(_cluster.Database, orders, opsClient, TimeSpan.FromSeconds(60));
        Assert.True(audit.Problems.Count == 0, string.Join(Environment.NewLine, audit.Problems));
        await using var db = _cluster.Context();
        Assert.Equal(orders.Count, await db.PartnerNotifications.CountAsync(n => n.Kind == NotificationKinds.RefundCompleted && n.Subject.StartsWith("RF-CL-")));

        // Both nodes did the work, each payment succeeding on exactly one of them.
        var runs = await db.JobAttempts.Where(a => a.JobGroup == "refunds" && a.JobName.StartsWith("RF-CL-")).ToListAsync();
        var paid = runs.Where(a => a.Outcome == JobAttemptOutcomes.Succeeded).ToList();
        Assert.Equal(orders.Count, paid.Count);
        Assert.Equal(orders.Count, paid.Select(a => a.JobName).Distinct().Count());
        var byNode = paid.GroupBy(a => ClusterNodes.NodeOf(a.SchedulerInstanceId)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(new[] { "node-1", "node-2" }, byNode.Keys.Order(StringComparer.Ordinal));

        // Hangfire's servers page lists both nodes as active; each beats every second, and under load one may be a
        // beat late, so read until both are current.
        await Eventually.MatchesAsync(
            "both nodes active with a current heartbeat", opsClient.ServersAsync, BothCurrent, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500),
            servers => string.Join("; ", servers.Select(s => $"{s.Id} active={s.Active} heartbeat={s.Heartbeat:O}")));
        Assert.NotEmpty(seenRunning);
        SuiteFigures.Record("cluster", string.Create(CultureInfo.InvariantCulture,
            $"2 nodes: {orders.Count} cancellations over HTTP (form on one node, post on the other) in {requests.TotalSeconds:F1} s; all refunded after {refunded.TotalSeconds:F1} s; " +
            $"{audit.MoneyMismatches} money mismatches, {audit.RefundedTotal:0.00} USD refunded for {audit.CancelledTotal:0.00} cancelled; payments by node-1 {byNode["node-1"]}, node-2 {byNode["node-2"]}; " +
            $"{runs.Count - paid.Count} failed tries retried; the processing list showed refund jobs on {string.Join(", ", seenRunning.Keys.Order(StringComparer.Ordinal))}; " +
            $"node logs (last 200 lines each, injected payment failures left out): {LogEntries("warn:")} warnings, {LogEntries("fail:")} errors"));
        foreach (var client in partner)
        {
            client.Dispose();
        }
    }

    /// <summary>Log entries of <paramref name="level"/> in the nodes' recent output, leaving out the injected payment failures.</summary>
    private int LogEntries(string level) => _cluster.Nodes.Sum(n =>
        System.Text.RegularExpressions.Regex.Split(n.RecentOutput, "\n(?=[a-z]{4}: )")
            .Count(entry => entry.StartsWith(level, StringComparison.Ordinal) && !entry.Contains("PaymentTransientException", StringComparison.Ordinal)));

    private static async Task CancelAsync(HttpClient form, HttpClient post, string orderId)
    {
        var token = await SiteSignIn.AntiforgeryTokenAsync(form, $"/en/memberships/{orderId}/cancel");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Reason"] = "NoLongerNeeded",
            ["Input.ConfirmAuthority"] = "true",
            ["__RequestVerificationToken"] = token,
        });
        using var response = await post.PostAsync($"/en/memberships/{orderId}/cancel", content);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"cancelling {orderId} answered {(int)response.StatusCode}");
        Assert.EndsWith($"/memberships/{orderId}/cancelled", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Reads Hangfire's processing list in turn, noting which nodes it showed running a refund job of the batch.</summary>
    private static async Task SampleProcessingAsync(OperatorClient ops, ConcurrentDictionary<string, int> seen, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var job in await ops.JobsAsync("processing"))
            {
                if (job.Name.Contains("RF-CL-", StringComparison.Ordinal) && job.ServerId is { } server)
                {
                    seen.AddOrUpdate(ClusterNodes.NodeOf(server), 1, (_, n) => n + 1);
                }
            }

            await Task.Delay(250, CancellationToken.None);
        }
    }

    private static bool BothCurrent(IReadOnlyList<ListedServer> servers) =>
        new[] { "node-1", "node-2" }.All(node => servers.Any(s => s.Name == node && s.Active && DateTimeOffset.UtcNow - s.Heartbeat < TimeSpan.FromSeconds(5)));
}

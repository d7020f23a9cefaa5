using System.Net;
using Microsoft.Extensions.Configuration;
using PartnerHelp.Web.Telemetry;

namespace PartnerHelp.Web.Tests.Telemetry;

public sealed class MetricsAccessTests
{
    private static readonly (string Peer, string? Forwarded, HttpStatusCode Expected)[] WithoutProxies =
    [
        ("127.0.0.1", null, HttpStatusCode.OK),
        ("::1", null, HttpStatusCode.OK),
        ("10.20.30.40", null, HttpStatusCode.OK),
        ("::ffff:10.1.2.3", null, HttpStatusCode.OK),
        ("2001:db8::7", null, HttpStatusCode.OK),
        ("203.0.113.9", null, HttpStatusCode.NotFound),
        ("11.0.0.1", null, HttpStatusCode.NotFound),
        ("2001:db9::1", null, HttpStatusCode.NotFound),

        // No proxy is trusted, so a forwarding header is only a claim: it never makes a visitor local, and a loopback peer
        // carrying one is a relay on this host (an unlisted proxy) passing a visitor on.
        ("203.0.113.9", "127.0.0.1", HttpStatusCode.NotFound),
        ("127.0.0.1", "203.0.113.9", HttpStatusCode.NotFound),
        ("127.0.0.1", "127.0.0.1", HttpStatusCode.NotFound),
    ];

    private static readonly (string Peer, string? Forwarded, HttpStatusCode Expected)[] BehindTrustedProxy =
    [
        ("127.0.0.1", null, HttpStatusCode.OK),
        ("127.0.0.1", "10.1.2.3", HttpStatusCode.OK),
        ("127.0.0.1", "127.0.0.1", HttpStatusCode.OK),
        ("127.0.0.1", "203.0.113.9", HttpStatusCode.NotFound),

        // The proxy appends the address it saw; what the visitor wrote before it stays a claim.
        ("127.0.0.1", "127.0.0.1, 203.0.113.9", HttpStatusCode.NotFound),
        ("127.0.0.1", "10.1.2.3, 203.0.113.9", HttpStatusCode.NotFound),

        // Not the trusted proxy: its header is not believed.
        ("203.0.113.9", "10.1.2.3", HttpStatusCode.NotFound),
    ];

    [Fact]
    public async Task Metrics_AnswersLoopbackAndAllowedNetworks_AndIsNotFoundToEveryoneElse()
    {
        await using var factory = Site();
        using var client = factory.CreateClient();

        await AssertAnswersAsync(client, WithoutProxies);
    }

    [Fact]
    public async Task Metrics_JudgesTheClientATrustedProxyForwarded_NotTheProxy()
    {
        await using var factory = Site();
        factory.Settings["Network:TrustedProxies:0"] = "127.0.0.1";
        using var client = factory.CreateClient();

        await AssertAnswersAsync(client, BehindTrustedProxy);
    }

    [Fact]
    public async Task RefusedScrape_GetsTheSameNotFoundPageAsAnUnknownAddress()
    {
        await using var factory = Site();
        using var client = factory.CreateClient();

        using var refused = await GetAsync(client, "/metrics", "203.0.113.9", null);
        using var unknown = await GetAsync(client, "/no-such-page", "203.0.113.9", null);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(unknown.Content.Headers.ContentType?.MediaType, refused.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("# TYPE", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.0/33")]
    [InlineData("localhost")]
    public void AllowedNetworks_StopStartUp_WhenAnEntryIsNotCidr(string entry)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"{MetricsAccess.Key}:0"] = entry }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new MetricsAccess(configuration));
        Assert.Contains(entry, error.Message, StringComparison.Ordinal);
    }

    private static PeerAddressFactory Site()
    {
        var factory = new PeerAddressFactory();
        factory.Settings[$"{MetricsAccess.Key}:0"] = "10.0.0.0/8";
        factory.Settings[$"{MetricsAccess.Key}:1"] = "2001:db8::/32";
        factory.Settings["Jobs:Enabled"] = "false";
        return factory;
    }

    private static async Task AssertAnswersAsync(HttpClient client, (string Peer, string? Forwarded, HttpStatusCode Expected)[] cases)
    {
        var wrong = new List<string>();
        foreach (var (peer, forwarded, expected) in cases)
        {
            using var response = await GetAsync(client, "/metrics", peer, forwarded);
            var body = await response.Content.ReadAsStringAsync();
            var answered = response.StatusCode == HttpStatusCode.OK && body.Contains("# TYPE ", StringComparison.Ordinal);
            if (response.StatusCode != expected || answered != (expected == HttpStatusCode.OK))
            {
                wrong.Add($"{peer} (forwarded for {forwarded ?? "nobody"}): {(int)response.StatusCode}, expected {(int)expected}");
            }
        }

        Assert.Empty(wrong);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string peer, string? forwarded)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(PeerAddressFactory.Header, peer);
        if (forwarded is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwarded);
        }

        return await client.SendAsync(request);
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Testing;
using PartnerHelp.Web.Health;
using Microsoft.Extensions.Hosting;

namespace PartnerHelp.Web.Tests.Health;

/// <summary>/healthz answers from a report at most <see cref="HealthProbe.Interval"/> old, and the report still follows the job server.</summary>
public sealed class HealthzTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly PartnerHelpFactory _site = new();

    public HealthzTests() => _site.Clock = _clock;

    [Fact]
    public async Task Healthz_TurnsUnhealthy_WhenTheJobServerStops_AndHealthyAgain_WhenItRuns()
    {
        using var client = _site.CreateClient();
        await WaitForAsync(client, HttpStatusCode.OK);
        var server = JobServer();

        await server.StopAsync(CancellationToken.None);
        using (var cached = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode); // the report of less than an interval ago
        }

        // The server beats every few seconds; silent for two beats it counts as down.
        _clock.Advance(HealthProbe.Interval + TimeSpan.FromMinutes(1));
        using (var stopped = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.StatusCode);
            Assert.Equal("Unhealthy", await stopped.Content.ReadAsStringAsync());
            Assert.Equal("no-store, no-cache", stopped.Headers.CacheControl?.ToString());
        }

        await server.StartAsync(CancellationToken.None);
        await WaitForAsync(client, HttpStatusCode.OK);
    }

    /// <summary>The hosted service that runs this node's Hangfire server (the job engine's own, or its shutdown guard).</summary>
    private IHostedService JobServer() =>
        _site.Services.GetServices<IHostedService>().Single(s => s.GetType().Name is "BackgroundJobServerHostedService" or "JobServerShutdown");

    // The job server starts with the host; until then the probe says so.
    // A probe that misses moves the fake clock past the cached report's interval, so the next one runs the checks.
    private Task WaitForAsync(HttpClient client, HttpStatusCode expected) =>
        Eventually.MatchesAsync(
            $"/healthz to answer {expected}",
            async () =>
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode != expected)
                {
                    _clock.Advance(HealthProbe.Interval);
                }

                return response.StatusCode;
            },
            status => status == expected,
            TimeSpan.FromSeconds(10),
            TimeSpan.FromMilliseconds(100));

    public void Dispose() => _site.Dispose();
}

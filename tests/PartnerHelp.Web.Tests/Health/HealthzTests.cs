using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;
using PartnerHelp.Web.Health;
using Quartz;

namespace PartnerHelp.Web.Tests.Health;

/// <summary>/healthz answers from a report at most <see cref="HealthProbe.Interval"/> old, and the report still follows the job server.</summary>
public sealed class HealthzTests : IDisposable
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly PartnerHelpFactory _site = new();

    public HealthzTests() => _site.Clock = _clock;

    [Fact]
    public async Task Healthz_TurnsUnhealthy_WhenTheSchedulerStops_AndHealthyAgain_WhenItRuns()
    {
        using var client = _site.CreateClient();
        await WaitForAsync(client, HttpStatusCode.OK);
        var scheduler = await _site.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.Standby();
        using (var cached = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode); // the report of less than an interval ago
        }

        _clock.Advance(HealthProbe.Interval);
        using (var stopped = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.StatusCode);
            Assert.Equal("Unhealthy", await stopped.Content.ReadAsStringAsync());
            Assert.Equal("no-store, no-cache", stopped.Headers.CacheControl?.ToString());
        }

        await scheduler.Start();
        _clock.Advance(HealthProbe.Interval);
        using var running = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, running.StatusCode);
        Assert.Equal("Healthy", await running.Content.ReadAsStringAsync());
    }

    // The scheduler starts with the host; until then the probe says so.
    private async Task WaitForAsync(HttpClient client, HttpStatusCode expected)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var response = await client.GetAsync("/healthz");
            if (response.StatusCode == expected)
            {
                return;
            }

            _clock.Advance(HealthProbe.Interval);
            await Task.Delay(100);
        }

        Assert.Fail($"/healthz never answered {expected}");
    }

    public void Dispose() => _site.Dispose();
}

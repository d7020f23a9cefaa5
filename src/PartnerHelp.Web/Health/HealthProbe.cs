using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartnerHelp.Web.Health;

/// <summary>
/// <c>/healthz</c>: the registered checks (the database answers, the job server runs), run at most once per
/// <see cref="Interval"/> however often load balancers ask. A probe then costs a cached answer instead of a DI scope, a
/// database round trip and the scheduler lookup (5,000 probes/s measured a quarter of the stock template page; see
/// docs/performance.md). Concurrent probes after the interval share one run; an answer is at most one interval old.
/// </summary>
public sealed class HealthProbe(HealthCheckService checks, TimeProvider time)
{
    /// <summary>How long a report answers probes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private Snapshot? _last;
    private Task<HealthStatus>? _running;

    /// <summary>The latest status, running the checks first when the last report is older than <see cref="Interval"/>.</summary>
    public Task<HealthStatus> StatusAsync()
    {
        if (_last is { } last && time.GetUtcNow() - last.At < Interval)
        {
            return Task.FromResult(last.Status);
        }

        lock (_gate)
        {
            if (_running is null || _running.IsCompleted)
            {
                _running = RunAsync();
            }

            return _running;
        }
    }

    private async Task<HealthStatus> RunAsync()
    {
        // Not the caller's token: the run answers every probe waiting for it, whoever hangs up.
        var report = await checks.CheckHealthAsync(CancellationToken.None);
        _last = new Snapshot(report.Status, time.GetUtcNow());
        return report.Status;
    }

    private sealed record Snapshot(HealthStatus Status, DateTimeOffset At);
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PartnerHelp.Jobs;
using PartnerHelp.Jobs.Engine;

namespace PartnerHelp.Web.Health;

/// <summary>Healthy when this node's Hangfire server is beating (or when the node runs no jobs by configuration).</summary>
public sealed class JobServerHealthCheck(IOptions<JobsOptions> options, IServiceProvider services) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Jobs are off on this node."));
        }

        var pulse = services.GetRequiredService<ServerPulse>();
        return Task.FromResult(pulse.IsAlive
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(pulse.LastBeat is null ? "The job server has not started." : "The job server stopped beating."));
    }
}

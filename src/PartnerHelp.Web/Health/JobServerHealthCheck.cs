using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartnerHelp.Web.Health;

/// <summary>Healthy when this node's job server is up (<see cref="IJobServerStatus"/>).</summary>
public sealed class JobServerHealthCheck(IJobServerStatus status) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await status.ProblemAsync(cancellationToken) is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy();
}

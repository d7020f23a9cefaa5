using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Web.Health;

/// <summary>Healthy when the application database answers.</summary>
public sealed class DatabaseHealthCheck(PartnerHelpDbContext db) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}

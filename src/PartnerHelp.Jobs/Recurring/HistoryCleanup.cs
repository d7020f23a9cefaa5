using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>
/// Drops job attempts, resolved alerts and dispatched outbox rows older than <see cref="JobsOptions.HistoryRetention"/>.
/// Hangfire expires finished jobs itself (<see cref="JobsOptions.FinishedJobRetention"/>). The operators' audit log is kept.
/// </summary>
public sealed class HistoryCleanup(PartnerHelpDbContext db, IOptions<JobsOptions> options, TimeProvider time)
{
    /// <summary>Removes what is past the retention; returns the counts per kind.</summary>
    public async Task<(int Attempts, int Alerts, int Outbox)> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.HistoryRetention;
        var attempts = await db.JobAttempts.Where(a => a.StartedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var alerts = await db.JobAlerts.Where(a => a.ResolvedAt != null && a.ResolvedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var outbox = await db.OutboxMessages.Where(m => m.DispatchedAt != null && m.DispatchedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        return (attempts, alerts, outbox);
    }
}

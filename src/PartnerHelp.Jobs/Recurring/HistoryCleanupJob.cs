using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Persistence;
using Quartz;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>
/// Daily: drops job attempts, resolved alerts, dispatched outbox rows and dead nodes' heartbeats older
/// than <see cref="JobsOptions.HistoryRetention"/>. Quartz prunes its own history by the same retention.
/// The operators' audit log is kept.
/// </summary>
[DisallowConcurrentExecution]
public sealed class HistoryCleanupJob(IServiceScopeFactory scopes, IOptions<JobsOptions> options, TimeProvider time) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        var cutoff = time.GetUtcNow() - options.Value.HistoryRetention;
        var token = cancellationToken;
        var attempts = await db.JobAttempts.Where(a => a.StartedAt < cutoff).ExecuteDeleteAsync(token);
        var alerts = await db.JobAlerts.Where(a => a.ResolvedAt != null && a.ResolvedAt < cutoff).ExecuteDeleteAsync(token);
        var outbox = await db.OutboxMessages.Where(m => m.DispatchedAt != null && m.DispatchedAt < cutoff).ExecuteDeleteAsync(token);
        var nodes = await db.SchedulerHeartbeats.Where(h => h.LastHeartbeatAt < cutoff).ExecuteDeleteAsync(token);
        context.Result = JobRunReport.Succeeded($"removed {attempts} attempts, {alerts} alerts, {outbox} outbox rows, {nodes} nodes")
            .With("attempts", attempts).With("alerts", alerts).With("outbox", outbox).With("nodes", nodes);
    }
}

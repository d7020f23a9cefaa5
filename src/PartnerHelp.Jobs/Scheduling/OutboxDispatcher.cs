using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Infrastructure.Persistence;
using Quartz;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// Turns RefundRequested outbox rows into ProcessRefund jobs (one per refund; an existing job counts as
/// scheduled) and marks them dispatched. The row was written in the cancellation's own transaction, so
/// a crash between "cancelled" and "scheduled" leaves a row here and the refund is not lost. Every
/// <see cref="JobsOptions.SweepInterval"/> it also gives unfinished refunds without a job one.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    ISchedulerFactory schedulers,
    RefundJobScheduler jobs,
    IOptions<JobsOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextSweep = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var scheduler = await schedulers.GetScheduler(stoppingToken);
                await DispatchAsync(scheduler, stoppingToken);
                if (time.GetUtcNow() >= nextSweep)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var swept = await jobs.SweepAsync(scheduler, scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>(), stoppingToken);
                    if (swept > 0)
                    {
                        logger.LogInformation("Scheduled {Count} unfinished refunds that had no job", swept);
                    }

                    nextSweep = time.GetUtcNow() + options.Value.SweepInterval;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch failed; trying again");
            }

            await Task.Delay(options.Value.OutboxPollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Dispatches the pending rows once; returns how many were handled.</summary>
    public async Task<int> DispatchAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        var pending = await db.OutboxMessages
            .Where(m => m.DispatchedAt == null && m.Type == OutboxMessage.RefundRequested)
            .OrderBy(m => m.CreatedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        foreach (var message in pending)
        {
            try
            {
                await jobs.ScheduleRefundAsync(scheduler, message.Subject, message.Culture, cancellationToken);
                message.MarkDispatched(time.GetUtcNow());
            }
            catch (SchedulerException ex)
            {
                message.RecordFailure(ex.Message);
                logger.LogWarning(ex, "Could not schedule refund {RefundId}", message.Subject);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return pending.Count;
    }
}

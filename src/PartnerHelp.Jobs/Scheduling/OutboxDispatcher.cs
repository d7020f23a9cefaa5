using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Notifications;
using Quartz;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// Turns RefundRequested outbox rows into ProcessRefund jobs (one per refund; an existing job counts as
/// scheduled) and StoreItemsCancelled rows into their confirmation e-mail (once per row, see
/// <see cref="StoreOrderConfirmations"/>), and marks them dispatched. The row was written in the cancellation's own transaction, so
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

                // A backlog (a burst of cancellations, a start after downtime) is drained before the sweep runs:
                // the sweep would otherwise schedule the refunds whose outbox rows are still waiting, one by one.
                while (await DispatchAsync(scheduler, stoppingToken) == BatchSize && !stoppingToken.IsCancellationRequested)
                {
                }

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

    /// <summary>How many outbox rows one pass reads.</summary>
    public const int BatchSize = 50;

    /// <summary>
    /// Dispatches the pending rows once; returns how many were handled (fewer than read when a refund could not be
    /// scheduled, or a store confirmation failed and the rest of the batch waits). The refunds of a batch are
    /// scheduled in one scheduler call and their rows marked in one commit.
    /// </summary>
    public async Task<int> DispatchAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        var pending = await db.OutboxMessages
            .Where(m => m.DispatchedAt == null && (m.Type == OutboxMessage.RefundRequested || m.Type == OutboxMessage.StoreItemsCancelled))
            .OrderBy(m => m.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var refunds = pending.Where(m => m.Type == OutboxMessage.RefundRequested).ToList();
        if (refunds.Count > 0)
        {
            var failures = await jobs.ScheduleRefundsAsync(scheduler, refunds.Select(m => (m.Subject, (string?)m.Culture)).ToList(), cancellationToken);
            foreach (var message in refunds)
            {
                if (failures.TryGetValue(message.Subject, out var failure))
                {
                    message.RecordFailure(failure.Message);
                    logger.LogWarning(failure, "Could not schedule refund {RefundId}", message.Subject);
                }
                else
                {
                    message.MarkDispatched(time.GetUtcNow());
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        // A row that could not be scheduled is not handled: the caller stops draining and waits a poll interval.
        var handled = refunds.Count(m => m.DispatchedAt is not null);
        foreach (var message in pending.Where(m => m.Type == OutboxMessage.StoreItemsCancelled))
        {
            if (!await ConfirmStoreCancellationAsync(scope.ServiceProvider, db, message, cancellationToken))
            {
                return handled; // the context was cleared: the rest of the batch waits for the next poll
            }

            handled++;
        }

        return handled;
    }

    private async Task<bool> ConfirmStoreCancellationAsync(IServiceProvider services, PartnerHelpDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await services.GetRequiredService<StoreOrderConfirmations>().HandleAsync(message, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DbUpdateException)
        {
            // The mail or its record failed: the row stays pending and the next poll tries again (the same file name, so no second mail).
            db.ChangeTracker.Clear();
            var row = await db.OutboxMessages.SingleAsync(m => m.Id == message.Id, cancellationToken);
            row.RecordFailure(ex.Message);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogWarning(ex, "Could not confirm the store cancellation {MessageId}", message.Id);
            return false;
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Infrastructure.Outbox;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Notifications;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// Turns RefundRequested outbox rows into ProcessRefund jobs and StoreItemsCancelled rows into their confirmation
/// e-mail (once per row, see <see cref="StoreOrderConfirmations"/>), and marks them dispatched. The row was written in
/// the cancellation's own transaction, so a crash between "cancelled" and "enqueued" leaves a row here and the refund
/// is not lost; Hangfire cannot take part in that transaction, which is why the outbox exists. A local commit wakes the
/// dispatcher at once (<see cref="OutboxSignal"/>); otherwise it polls every <see cref="JobsOptions.OutboxPollInterval"/>.
/// At start and every <see cref="JobsOptions.SweepInterval"/> it also gives unfinished refunds without a live job one.
/// One node at a time does either, under <see cref="RefundJobs.DispatchLock"/>.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    RefundJobs jobs,
    OutboxSignal signal,
    IOptions<JobsOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    /// <summary>How many outbox rows one pass reads.</summary>
    public const int BatchSize = 50;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The host cancels stoppingToken synchronously on the thread that stops every hosted service, and Npgsql cancels
        // a command in flight inside that Cancel(): it sends a cancel request to the server and waits for it. With the
        // database unreachable that wait held the host's whole stop past its shutdown timeout. So the work here watches a
        // token of its own, cancelled from the thread pool; never disposed, as that cancel may still be on its way.
        var stopping = new CancellationTokenSource();
        using var relay = stoppingToken.Register(() => _ = Task.Run(stopping.Cancel, CancellationToken.None));
        var token = stopping.Token;
        var nextSweep = DateTimeOffset.MinValue;
        while (!token.IsCancellationRequested)
        {
            // Taken before the outbox is read: a commit during this pass wakes the next wait at once.
            var woken = signal.Next;
            try
            {
                nextSweep = await PassAsync(nextSweep, token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch failed; trying again");
            }

            await Task.WhenAny(woken, Task.Delay(options.Value.OutboxPollInterval, time, token)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>One pass: drains the outbox, then sweeps when due; returns when the next sweep is due.</summary>
    private async Task<DateTimeOffset> PassAsync(DateTimeOffset nextSweep, CancellationToken cancellationToken)
    {
        using var held = jobs.TryLockDispatch(options.Value.OutboxPollInterval);
        if (held is null)
        {
            return nextSweep; // another node is dispatching
        }

        // A backlog (a burst of cancellations, a start after downtime) is drained before the sweep runs: the sweep
        // leaves refunds whose outbox rows are still waiting to this loop anyway.
        while (await DispatchAsync(cancellationToken) == BatchSize && !cancellationToken.IsCancellationRequested)
        {
        }

        if (time.GetUtcNow() < nextSweep)
        {
            return nextSweep;
        }

        await using var scope = scopes.CreateAsyncScope();
        var swept = await jobs.SweepAsync(scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>(), cancellationToken);
        if (swept > 0)
        {
            logger.LogInformation("Enqueued {Count} unfinished refunds that had no live job", swept);
        }

        return time.GetUtcNow() + options.Value.SweepInterval;
    }

    /// <summary>
    /// Dispatches the pending rows once; returns how many were handled (fewer than read when a store confirmation
    /// failed and the rest of the batch waits). The refunds of a batch are enqueued, then their rows marked in one
    /// commit; a crash in between enqueues them again on the next pass, which the refund's run lock, its state
    /// machine and the processor's idempotency key make harmless.
    /// </summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
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
            var ids = refunds.Select(m => m.Subject).ToList();
            var orders = await db.Refunds.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.OrderId, cancellationToken);
            foreach (var message in refunds)
            {
                if (orders.TryGetValue(message.Subject, out var orderId))
                {
                    jobs.EnqueuePayment(message.Subject, orderId, message.Culture);
                    message.MarkDispatched(time.GetUtcNow());
                }
                else
                {
                    message.Abandon(time.GetUtcNow(), $"Refund {message.Subject} does not exist.");
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var handled = refunds.Count;
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

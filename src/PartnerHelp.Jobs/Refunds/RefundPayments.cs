using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Refunds.Payments;
using PartnerHelp.Core.Telemetry;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Jobs.Refunds;

/// <summary>
/// The ProcessRefund step, free of Hangfire: moves a refund to Processing and asks the processor to pay
/// it under the refund's idempotency key. When the processor answers that the payout has settled
/// already, the refund is completed here (Refunded, partner notified) and needs no status polling.
/// Transient trouble is thrown for the engine to retry; a decline, or transient trouble on the last
/// attempt, marks the refund Failed for an operator and opens an alert, in one commit.
/// </summary>
public sealed class RefundPayments(
    PartnerHelpDbContext db,
    IPaymentProcessor processor,
    RefundCompletion completion,
    IOptions<JobsOptions> options,
    TimeProvider time,
    PartnerHelpMetrics metrics,
    ILogger<RefundPayments> logger)
{
    /// <summary>
    /// Pays <paramref name="refundId"/>; <paramref name="culture"/> is the language of the person who cancelled
    /// (for the mail if it settles at once); <paramref name="lastAttempt"/> says no retry follows a transient failure.
    /// <paramref name="run"/>, when given, is stored in this run's transactions: before the processor is called (with
    /// Processing when this run moves the refund there), and finished with the refund when it settles at once.
    /// </summary>
    public async Task<PaymentOutcome> PayAsync(string refundId, string? culture, bool lastAttempt, RunRecord? run, CancellationToken cancellationToken)
    {
        var refund = await db.Refunds.Include(r => r.Transitions).SingleOrDefaultAsync(r => r.Id == refundId, cancellationToken);
        if (refund is null || refund.Status is RefundStatus.Refunded or RefundStatus.Failed)
        {
            return PaymentOutcome.NothingToDo;
        }

        if (refund.Status == RefundStatus.Requested)
        {
            refund.StartProcessing(time.GetUtcNow());
        }

        if (run is { StartStored: false })
        {
            run.Enlist(db);
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
            run?.Saved(db);
        }

        try
        {
            var payout = await PayWithTimeoutAsync(PayoutRequest.For(refund), cancellationToken);
            logger.LogInformation("Refund {RefundId} paid out as {Reference}", refund.Id, payout.Reference);
            var now = time.GetUtcNow();
            if (!payout.IsSettled(now))
            {
                return PaymentOutcome.Paid;
            }

            return await CompleteAsync(refund, payout, culture, now, run, cancellationToken);
        }
        catch (PaymentDeclinedException declined)
        {
            await ParkAsync(refund, $"{declined.DeclineCode}: {declined.Message}");
            logger.LogWarning("Refund {RefundId} declined by the processor: {Code}", refund.Id, declined.DeclineCode);
            return PaymentOutcome.Declined;
        }
        catch (PaymentTransientException transient) when (lastAttempt)
        {
            await ParkAsync(refund, $"retries_exhausted: {transient.Message}");
            throw;
        }
    }

    /// <summary>Marks the refund Failed with <paramref name="reason"/> and opens its alert for an operator, in one commit.</summary>
    private async Task ParkAsync(Refund refund, string reason)
    {
        var now = time.GetUtcNow();
        refund.MarkFailed(now, reason);
        await AlertBook.OpenAsync(db, JobAlertKinds.RefundFailed, refund.Id, $"{refund.OrderId}: {reason}", now, CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);
        metrics.RefundFailed(refund.Subject);
    }

    /// <summary>Settles at once; a concurrent run (a status check, a duplicate payment run) that settled first wins.</summary>
    private async Task<PaymentOutcome> CompleteAsync(Refund refund, Payout payout, string? culture, DateTimeOffset now, RunRecord? run, CancellationToken cancellationToken)
    {
        try
        {
            run?.Succeed(db, now, PaymentRunSummaries.Settled(refund.Id));
            await completion.CompleteAsync(refund, payout, culture, now, cancellationToken);
            run?.Saved(db);
            logger.LogInformation("Refund {RefundId} settled on payment ({Reference})", refund.Id, payout.Reference);
            return PaymentOutcome.Settled;
        }
        catch (DbUpdateException)
        {
            // The refund's version (or the notification's unique key) refused this commit: settled already by
            // the other run, or a real failure, which the scheduler retries (the payout is found by its key).
            if (await IsRefundedAsync(refund.Id))
            {
                return PaymentOutcome.NothingToDo;
            }

            throw;
        }
    }

    private async Task<bool> IsRefundedAsync(string refundId)
    {
        db.ChangeTracker.Clear();
        return await db.Refunds.AsNoTracking().AnyAsync(r => r.Id == refundId && r.Status == RefundStatus.Refunded, CancellationToken.None);
    }

    private async Task<Payout> PayWithTimeoutAsync(PayoutRequest request, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Value.PaymentTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await processor.PayAsync(request, linked.Token);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new PaymentTransientException($"The payment processor did not answer within {options.Value.PaymentTimeout}.", ex);
        }
    }
}

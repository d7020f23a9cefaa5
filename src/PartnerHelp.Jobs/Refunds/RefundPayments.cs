using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Refunds.Payments;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Refunds;

/// <summary>
/// The ProcessRefund step, free of Quartz: moves a refund to Processing and asks the processor to pay
/// it under the refund's idempotency key. Transient trouble is thrown for the scheduler to retry;
/// a decline, or transient trouble on the last attempt, marks the refund Failed for an operator.
/// </summary>
public sealed class RefundPayments(
    PartnerHelpDbContext db,
    IPaymentProcessor processor,
    IOptions<JobsOptions> options,
    TimeProvider time,
    ILogger<RefundPayments> logger)
{
    /// <summary>Pays <paramref name="refundId"/>; <paramref name="lastAttempt"/> says no retry follows a transient failure.</summary>
    public async Task<PaymentOutcome> PayAsync(string refundId, bool lastAttempt, CancellationToken cancellationToken)
    {
        var refund = await db.Refunds.Include(r => r.Transitions).SingleOrDefaultAsync(r => r.Id == refundId, cancellationToken);
        if (refund is null || refund.Status is RefundStatus.Refunded or RefundStatus.Failed)
        {
            return PaymentOutcome.NothingToDo;
        }

        if (refund.Status == RefundStatus.Requested)
        {
            refund.StartProcessing(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        try
        {
            var payout = await PayWithTimeoutAsync(PayoutRequest.For(refund), cancellationToken);
            logger.LogInformation("Refund {RefundId} paid out as {Reference}", refund.Id, payout.Reference);
            return PaymentOutcome.Paid;
        }
        catch (PaymentDeclinedException declined)
        {
            refund.MarkFailed(time.GetUtcNow(), $"{declined.DeclineCode}: {declined.Message}");
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning("Refund {RefundId} declined by the processor: {Code}", refund.Id, declined.DeclineCode);
            return PaymentOutcome.Declined;
        }
        catch (PaymentTransientException transient) when (lastAttempt)
        {
            refund.MarkFailed(time.GetUtcNow(), $"retries_exhausted: {transient.Message}");
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
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

using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Jobs.Operators;

/// <summary>
/// An operator's retry of a refund, through the refund's state machine: a Failed refund goes back to Processing (its
/// transition names the operator) and its failure alert closes, in one commit guarded by the refund's version; then a
/// payment run pays it under the same idempotency key, so a retry can never pay twice. Used by the dashboard's
/// refund page and by Hangfire's own Requeue button on a refund's job (<see cref="Engine.RefundRequeueFilter"/>).
/// </summary>
public sealed class RefundRetries(PartnerHelpDbContext db, RefundJobs jobs, TimeProvider time)
{
    /// <summary>
    /// Retries <paramref name="refundId"/> for operator <paramref name="actor"/>. With <paramref name="enqueue"/> a payment
    /// run is enqueued (unless one is live); without, the caller is re-enqueueing the refund's existing job itself.
    /// </summary>
    public async Task<RefundRetryResult> RetryAsync(string refundId, string actor, bool enqueue, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(actor);
        var refund = await db.Refunds.Include(r => r.Transitions).SingleOrDefaultAsync(r => r.Id == refundId, cancellationToken);
        if (refund is null)
        {
            return RefundRetryResult.NotFound;
        }

        if (refund.Status == RefundStatus.Refunded)
        {
            return RefundRetryResult.AlreadyRefunded;
        }

        var result = RefundRetryResult.Resumed;
        if (refund.Status == RefundStatus.Failed)
        {
            var now = time.GetUtcNow();
            refund.RetryByOperator(now, actor);
            var alerts = await db.JobAlerts.Where(a => a.Kind == JobAlertKinds.RefundFailed && a.Subject == refundId && a.ResolvedAt == null).ToListAsync(cancellationToken);
            alerts.ForEach(a => a.ResolvedAt = now);
            if (!await db.TrySaveChangesAsync(cancellationToken))
            {
                return RefundRetryResult.Changed;
            }

            result = RefundRetryResult.Retried;
        }
        else if (enqueue && jobs.RefundsWithLiveJobs().Contains(refundId))
        {
            return RefundRetryResult.AlreadyRunning;
        }

        if (enqueue)
        {
            var culture = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Type == OutboxMessage.RefundRequested && m.Subject == refundId)
                .Select(m => m.Culture)
                .FirstOrDefaultAsync(cancellationToken);
            jobs.EnqueuePayment(refund.Id, refund.OrderId, culture);
        }

        return result;
    }
}

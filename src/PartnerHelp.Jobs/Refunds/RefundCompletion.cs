using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Refunds.Payments;
using PartnerHelp.Core.Telemetry;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Notifications;

namespace PartnerHelp.Jobs.Refunds;

/// <summary>
/// The settlement of a refund, whichever job learns of it: the payment job when the processor answers the
/// payout already settled, the status job when a later check finds it settled. One transaction marks the
/// refund Refunded, adds the partner's notification and closes its promise alerts.
/// </summary>
public sealed class RefundCompletion(PartnerHelpDbContext db, RefundNotifier notifier, PromiseWatch promise, PartnerHelpMetrics metrics)
{
    /// <summary>Marks <paramref name="refund"/> (tracked, Processing) Refunded by <paramref name="payout"/>, notifies the partner and commits.</summary>
    public async Task CompleteAsync(Refund refund, Payout payout, string? culture, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        ArgumentNullException.ThrowIfNull(payout);

        // The mail file is written before the commit and named after the refund: a crash in between
        // rewrites the same file on the next run rather than losing or doubling the mail, and the
        // notification row (unique per kind and subject) is only added when none exists.
        refund.MarkRefunded(now, payout.Reference);
        var notification = await notifier.PrepareRefundCompletedAsync(refund, culture, cancellationToken);
        if (notification is not null)
        {
            db.PartnerNotifications.Add(notification);
        }

        await promise.ResolveAsync(refund, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // After the commit: a run that lost to another settling run throws above (the refund's version) and counts nothing.
        metrics.RefundSettled(refund);
    }
}

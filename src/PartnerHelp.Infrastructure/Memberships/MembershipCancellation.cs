using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Telemetry;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// Self-serve cancellation: asks the eligibility service, then writes the cancellation, the refund in
/// <see cref="RefundStatus.Requested"/> and an outbox row in one transaction. The order's version token
/// and the refund's order-derived id make a concurrent or replayed request lose cleanly.
/// </summary>
public sealed class MembershipCancellation(PartnerHelpDbContext db, PartnerOrders orders, TimeProvider time, PartnerHelpMetrics metrics)
{
    /// <summary>Cancels <paramref name="orderId"/> for <paramref name="requester"/> when the rules allow it.</summary>
    public async Task<CancellationResult> CancelAsync(
        string? orderId,
        Requester requester,
        CancellationReason reason,
        string? note,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (!Enum.IsDefined(reason) || note is { Length: > MembershipOrder.MaxCancellationNoteLength })
        {
            return new CancellationResult(CancellationStatus.InvalidInput);
        }

        var view = await orders.FindAsync(orderId, requester, cancellationToken);
        if (view is null)
        {
            return new CancellationResult(CancellationStatus.NotFound);
        }

        if (view.Eligibility.Outcome == EligibilityOutcome.AlreadyCancelled)
        {
            return new CancellationResult(CancellationStatus.AlreadyCancelled, view.Refund, view.Eligibility);
        }

        if (!view.Eligibility.CanSelfServeCancel)
        {
            return new CancellationResult(CancellationStatus.NotAllowed, null, view.Eligibility);
        }

        var order = await db.MembershipOrders.SingleAsync(o => o.Id == view.Order.Id, cancellationToken);
        if (order.Version != view.Order.Version)
        {
            return await AfterLostRaceAsync(view.Order.Id, requester, cancellationToken);
        }

        var now = time.GetUtcNow();
        var refund = order.Cancel(RefundIds.For(order.Id), requester.UserId!, reason, note, now);
        db.Refunds.Add(refund);
        db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.RefundRequested, refund.Id, CultureInfo.CurrentUICulture.Name, now));
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            // Another request cancelled the order first (version token or refund key): nothing of ours was written.
            return await AfterLostRaceAsync(order.Id, requester, cancellationToken);
        }

        metrics.RefundRequested(refund.Subject);
        return new CancellationResult(CancellationStatus.Cancelled, refund, view.Eligibility);
    }

    private async Task<CancellationResult> AfterLostRaceAsync(string orderId, Requester requester, CancellationToken cancellationToken)
    {
        var current = await orders.FindAsync(orderId, requester, cancellationToken);
        return current?.Eligibility.Outcome == EligibilityOutcome.AlreadyCancelled
            ? new CancellationResult(CancellationStatus.AlreadyCancelled, current.Refund, current.Eligibility)
            : new CancellationResult(CancellationStatus.NotAllowed, null, current?.Eligibility);
    }
}

using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Notifications;

/// <summary>
/// Handles a <see cref="OutboxMessage.StoreItemsCancelled"/> row: one confirmation e-mail, in the culture
/// stored on the row, listing the items that cancellation cancelled (those whose cancellation time is the
/// row's time: both were written in one transaction with one timestamp). Exactly once per row: the mail
/// file is named after the row id and the notification row (unique per kind and row id) is saved in the
/// same transaction that marks the row dispatched, so a crash before that commit rewrites the same file
/// on the next attempt, and an attempt after it finds the notification and sends nothing.
/// </summary>
public sealed class StoreOrderConfirmations(PartnerHelpDbContext db, RefundNotifier notifier, IRefundMessages messages, TimeProvider time)
{
    /// <summary>Sends the confirmation for <paramref name="message"/> unless it went out already, and marks the row dispatched (saved).</summary>
    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var subject = message.Id.ToString("N");
        var order = await db.StoreOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == message.Subject, cancellationToken);
        var items = order is null ? [] : await db.StoreOrderItems.AsNoTracking()
            .Where(i => i.OrderId == order.Id && i.CancelledAt == message.CreatedAt)
            .OrderBy(i => i.Id)
            .ToListAsync(cancellationToken);
        if (order is null || items.Count == 0)
        {
            // Nothing to confirm can appear later: park the row with the reason instead of retrying forever.
            message.Abandon(time.GetUtcNow(), $"Store order {message.Subject} has no items cancelled at {message.CreatedAt:O}.");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var notification = await notifier.PrepareAsync(NotificationKinds.StoreItemsCancelled, subject, order.PartnerId, message.Culture, order.PlacedBy,
            (partner, culture) => messages.StoreItemsCancelled(order, items, partner, culture), cancellationToken);
        if (notification is not null)
        {
            db.PartnerNotifications.Add(notification);
        }

        message.MarkDispatched(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>The in-app side of the notifications the jobs write: the requester's partner's latest, newest first.</summary>
public sealed class PartnerNotificationFeed(PartnerHelpDbContext db)
{
    /// <summary>Up to <paramref name="count"/> notifications of the given kinds, each resolved to the order (or request) it is about.</summary>
    public async Task<IReadOnlyList<PartnerNotificationView>> LatestAsync(Requester requester, int count, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(requester);
        if (requester.PartnerId is null)
        {
            return [];
        }

        var latest = await db.PartnerNotifications.AsNoTracking()
            .Where(n => n.PartnerId == requester.PartnerId && kinds.Contains(n.Kind))
            .OrderByDescending(n => n.CreatedAt)
            .Take(count)
            .ToListAsync(cancellationToken);
        var refundIds = latest.Where(n => n.Kind == NotificationKinds.RefundCompleted).Select(n => n.Subject).ToList();
        var orderOfRefund = await db.Refunds.AsNoTracking()
            .Where(r => refundIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.OrderId, cancellationToken);
        return latest
            .Select(n => new PartnerNotificationView(n.Kind, n.Kind == NotificationKinds.RefundCompleted ? orderOfRefund.GetValueOrDefault(n.Subject, n.Subject) : n.Subject, n.CreatedAt))
            .ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Notifications;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>
/// Tells partners whose self-serve cancellation window closes within 48 hours. Whether an order may be
/// cancelled is asked of the eligibility service at run time; nothing is stored as a flag. Each order
/// is announced once (the notification is unique per order).
/// </summary>
public sealed class WindowNotices(PartnerHelpDbContext db, IEligibilityService eligibility, RefundNotifier notifier, TimeProvider time)
{
    /// <summary>How far ahead a closing window is announced.</summary>
    public static readonly TimeSpan NoticeAhead = TimeSpan.FromHours(48);

    /// <summary>Sends the notices due now; returns how many were sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var partners = await db.Partners.ToDictionaryAsync(p => p.Id, cancellationToken);
        var orders = await db.MembershipOrders.Where(o => o.Status == OrderStatus.Active).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var order in orders)
        {
            // The notice goes to the partner's admins, so ask as one of them would.
            var admin = new Requester("system:window-notices", order.PartnerId, new HashSet<string> { PartnerRoles.MpnAdmin });
            var result = eligibility.Evaluate(order, partners[order.PartnerId], admin);
            if (result.Outcome != EligibilityOutcome.SelfServeCancel || result.WindowEndsAt is not { } endsAt || endsAt <= now || endsAt - now > NoticeAhead)
            {
                continue;
            }

            if (await notifier.PrepareWindowClosingAsync(order, endsAt, cancellationToken) is { } notification)
            {
                db.PartnerNotifications.Add(notification);
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }
        }

        return sent;
    }
}

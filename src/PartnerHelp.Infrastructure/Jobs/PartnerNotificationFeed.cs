using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>The in-app side of the notifications the jobs write: the requester's partner's latest, newest first.</summary>
public sealed class PartnerNotificationFeed(PartnerHelpDbContext db)
{
    /// <summary>How many kinds one call may ask for.</summary>
    public const int MaxKinds = 4;

    /// <summary>Up to <paramref name="count"/> notifications of the given kinds (at most <see cref="MaxKinds"/>), each resolved to the order (or request) it is about.</summary>
    public async Task<IReadOnlyList<PartnerNotificationView>> LatestAsync(Requester requester, int count, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(kinds.Count, MaxKinds);
        if (requester.PartnerId is null)
        {
            return [];
        }

        var latest = new List<PartnerNotificationView>(count);
        var k = new string?[MaxKinds];
        var i = 0;
        foreach (var kind in kinds)
        {
            k[i++] = kind;
        }

        await foreach (var view in PerModel<Queries>.For(db).Latest(db, requester.PartnerId, k[0], k[1], k[2], k[3], count).WithCancellation(cancellationToken))
        {
            latest.Add(view);
        }

        return latest;
    }

    private sealed class Queries
    {
        // One round trip: a refund notification's subject is the refund, resolved to its order by a left join (it was a
        // second query per page view). Compiled once, as the memberships page runs it on every view. The kinds are plain
        // parameters (unused ones null, which matches nothing) rather than a list, which SQLite would read through a
        // JSON table function.
        public readonly Func<PartnerHelpDbContext, string, string?, string?, string?, string?, int, IAsyncEnumerable<PartnerNotificationView>> Latest =
            EF.CompileAsyncQuery((PartnerHelpDbContext db, string partnerId, string? k0, string? k1, string? k2, string? k3, int count) =>
                from n in db.PartnerNotifications.AsNoTracking()
                    .Where(n => n.PartnerId == partnerId && (n.Kind == k0 || n.Kind == k1 || n.Kind == k2 || n.Kind == k3))
                    .OrderByDescending(n => n.CreatedAt)
                    .Take(count)
                join r in db.Refunds.AsNoTracking() on n.Subject equals r.Id into refunds
                from r in refunds.DefaultIfEmpty()
                orderby n.CreatedAt descending
                select new PartnerNotificationView(n.Kind, n.Kind == NotificationKinds.RefundCompleted && r != null ? r.OrderId : n.Subject, n.CreatedAt));
    }
}

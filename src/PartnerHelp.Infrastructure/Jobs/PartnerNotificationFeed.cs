using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Memberships;

namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>The in-app side of the notifications the jobs write: the requester's partner's latest, newest first.</summary>
public sealed class PartnerNotificationFeed(PartnerOrderReads reads)
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

        var k = new string?[MaxKinds];
        var i = 0;
        foreach (var kind in kinds)
        {
            k[i++] = kind;
        }

        // Read through the memberships page's prepared statements: the page asks on every view.
        return await reads.LatestNotificationsAsync(requester.PartnerId, k, count, cancellationToken);
    }
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// Reads a partner's membership orders for a requester. Another partner's order and an unknown or
/// malformed id look the same (null), so callers answer 404 without revealing that anything exists.
/// </summary>
public sealed partial class PartnerOrders(PartnerHelpDbContext db, IEligibilityService eligibility)
{
    /// <summary>Whether <paramref name="orderId"/> has the shape of an order number (e.g. CT-1001).</summary>
    public static bool IsWellFormedId(string? orderId) => orderId is { Length: <= 32 } && OrderIdPattern().IsMatch(orderId);

    /// <summary>The order with its decision, or null when the requester may not see it.</summary>
    public async Task<OrderView?> FindAsync(string? orderId, Requester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (requester.PartnerId is null || !IsWellFormedId(orderId))
        {
            return null;
        }

        var order = await db.MembershipOrders.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == orderId && o.PartnerId == requester.PartnerId, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var partner = await db.Partners.AsNoTracking().SingleAsync(p => p.Id == order.PartnerId, cancellationToken);
        var refund = await db.Refunds.AsNoTracking().Include(r => r.Transitions)
            .SingleOrDefaultAsync(r => r.OrderId == order.Id, cancellationToken);
        return new OrderView(order, partner, refund, eligibility.Evaluate(order, partner, requester));
    }

    /// <summary>Every order of the requester's partner, newest first, each with its decision.</summary>
    public async Task<IReadOnlyList<OrderView>> ListAsync(Requester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (requester.PartnerId is null)
        {
            return [];
        }

        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == requester.PartnerId, cancellationToken);
        if (partner is null)
        {
            return [];
        }

        var orders = await db.MembershipOrders.AsNoTracking()
            .Where(o => o.PartnerId == partner.Id)
            .OrderByDescending(o => o.PurchasedAt)
            .ToListAsync(cancellationToken);
        var refunds = await db.Refunds.AsNoTracking().Include(r => r.Transitions)
            .Where(r => r.PartnerId == partner.Id)
            .ToDictionaryAsync(r => r.OrderId, cancellationToken);
        return orders
            .Select(o => new OrderView(o, partner, refunds.GetValueOrDefault(o.Id), eligibility.Evaluate(o, partner, requester)))
            .ToList();
    }

    [GeneratedRegex("^[A-Z]{2,4}-[0-9]{1,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrderIdPattern();
}

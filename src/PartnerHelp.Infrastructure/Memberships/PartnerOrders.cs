using System.Text.RegularExpressions;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Refunds;
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
        if (requester.PartnerId is not { } partnerId || !IsWellFormedId(orderId))
        {
            return null;
        }

        var queries = PerModel<PartnerOrderQueries>.For(db);
        return await PartnerOrderQueries.OnOneConnectionAsync(db, async () =>
        {
            if (await queries.OrderOfPartner(db, orderId!, partnerId, cancellationToken) is not { } found)
            {
                return null;
            }

            var (order, partner) = found;
            var refund = await queries.RefundOfOrder(db, order.Id, cancellationToken);
            return new OrderView(order, partner, refund, eligibility.Evaluate(order, partner, requester));
        }, cancellationToken);
    }

    /// <summary>Every order of the requester's partner, newest first, each with its decision.</summary>
    public async Task<IReadOnlyList<OrderView>> ListAsync(Requester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (requester.PartnerId is not { } partnerId)
        {
            return [];
        }

        var queries = PerModel<PartnerOrderQueries>.For(db);
        return await PartnerOrderQueries.OnOneConnectionAsync(db, async () =>
        {
            var partner = await queries.Partner(db, partnerId, cancellationToken);
            if (partner is null)
            {
                return (IReadOnlyList<OrderView>)[];
            }

            var orders = new List<MembershipOrder>();
            await foreach (var order in queries.OrdersOfPartner(db, partnerId).WithCancellation(cancellationToken))
            {
                orders.Add(order);
            }

            var refunds = new Dictionary<string, Refund>(StringComparer.Ordinal);
            await foreach (var refund in queries.RefundsOfPartner(db, partnerId).WithCancellation(cancellationToken))
            {
                refunds.TryAdd(refund.OrderId, refund);
            }

            var views = new OrderView[orders.Count];
            for (var i = 0; i < views.Length; i++)
            {
                var order = orders[i];
                views[i] = new OrderView(order, partner, refunds.GetValueOrDefault(order.Id), eligibility.Evaluate(order, partner, requester));
            }

            return views;
        }, cancellationToken);
    }

    [GeneratedRegex("^[A-Z]{2,4}-[0-9]{1,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrderIdPattern();
}

using System.Text.RegularExpressions;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// Reads a partner's membership orders for a requester. Another partner's order and an unknown or
/// malformed id look the same (null), so callers answer 404 without revealing that anything exists.
/// </summary>
public sealed partial class PartnerOrders(PartnerHelpDbContext db, PartnerOrderReads reads, IEligibilityService eligibility)
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

        if (await reads.OrderOfPartnerAsync(orderId!, partnerId, cancellationToken) is not { } found)
        {
            return null;
        }

        var (order, partner, refund) = found;
        return View(order, partner, refund, requester);
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

            var refunds = await ByOrderAsync(queries.RefundsOfPartner(db, partnerId), cancellationToken);
            return (IReadOnlyList<OrderView>)[.. orders.Select(o => View(o, partner, refunds.GetValueOrDefault(o.Id), requester))];
        }, cancellationToken);
    }

    /// <summary>
    /// Page <paramref name="page"/> (from 1) of the requester's partner's orders, <paramref name="pageSize"/> a page, newest
    /// first, each with its decision. A page past the last one is read as the last page. Reads the partner with its
    /// order count, then only that page's orders and their refunds.
    /// </summary>
    public async Task<OrderPage> PageAsync(Requester requester, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if (requester.PartnerId is not { } partnerId)
        {
            return OrderPage.Empty;
        }

        if (await reads.PartnerWithOrderCountAsync(partnerId, cancellationToken) is not { } found)
        {
            return OrderPage.Empty;
        }

        var (partner, total) = found;
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var number = Math.Min(page, pageCount);
        var rows = total > 0 ? await reads.PageOfOrdersAsync(partnerId, (number - 1) * pageSize, pageSize, cancellationToken) : [];
        return new OrderPage([.. rows.Select(r => View(r.Order, partner, r.Refund, requester))], number, pageCount, total);
    }

    /// <summary>The refunds keyed by their order (an order has at most one; should a second appear, the first read is kept).</summary>
    private static async Task<Dictionary<string, Refund>> ByOrderAsync(IAsyncEnumerable<Refund> refunds, CancellationToken cancellationToken)
    {
        var byOrder = new Dictionary<string, Refund>(StringComparer.Ordinal);
        await foreach (var refund in refunds.WithCancellation(cancellationToken))
        {
            byOrder.TryAdd(refund.OrderId, refund);
        }

        return byOrder;
    }

    // Every view, whichever read it came from, is decided the same way: by the one eligibility service, for this requester.
    private OrderView View(MembershipOrder order, Partner partner, Refund? refund, Requester requester) =>
        new(order, partner, refund, eligibility.Evaluate(order, partner, requester));

    [GeneratedRegex("^[A-Z]{2,4}-[0-9]{1,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrderIdPattern();
}

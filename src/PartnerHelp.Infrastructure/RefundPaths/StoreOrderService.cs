using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>
/// Store orders and pre-orders: cancel one or more items while none of them is charged or shipped;
/// a confirmation e-mail follows through the outbox. All chosen items are cancelled, or none.
/// </summary>
public sealed class StoreOrderService(PartnerHelpDbContext db, PartnerContext partners, IEligibilityService eligibility, TimeProvider time)
{
    /// <summary>The requester's store orders, newest first.</summary>
    public async Task<IReadOnlyList<StoreOrderView>> ListAsync(Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        if (partner is null)
        {
            return [];
        }

        var orders = await db.StoreOrders.AsNoTracking().Where(o => o.PartnerId == partner.Id).OrderByDescending(o => o.PlacedAt).ToListAsync(cancellationToken);
        var ids = orders.Select(o => o.Id).ToList();
        var items = await db.StoreOrderItems.AsNoTracking().Where(i => ids.Contains(i.OrderId)).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        return orders.Select(o => new StoreOrderView(o, items.Where(i => i.OrderId == o.Id)
            .Select(i => (i, eligibility.Evaluate(i, partner, requester))).ToList())).ToList();
    }

    /// <summary>Cancels the chosen items of one order.</summary>
    public async Task<PathActionResult> CancelItemsAsync(string? orderId, IReadOnlyCollection<string> itemIds, Requester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        if (itemIds.Count is 0 or > 50 || itemIds.Distinct(StringComparer.Ordinal).Count() != itemIds.Count)
        {
            return PathActionResult.Invalid;
        }

        var partner = await partners.ForAsync(requester, cancellationToken);
        var order = partner is null || orderId is null ? null : await db.StoreOrders.SingleOrDefaultAsync(o => o.Id == orderId && o.PartnerId == partner.Id, cancellationToken);
        if (order is null)
        {
            return PathActionResult.NotFound;
        }

        var items = await db.StoreOrderItems.Where(i => i.OrderId == order.Id && itemIds.Contains(i.Id)).ToListAsync(cancellationToken);
        if (items.Count != itemIds.Count)
        {
            return PathActionResult.NotFound;
        }

        foreach (var item in items)
        {
            var decision = eligibility.Evaluate(item, partner!, requester);
            if (!decision.CanSelfServeCancel)
            {
                return new PathActionResult(decision.Outcome == EligibilityOutcome.AlreadyCancelled ? PathActionStatus.Conflict : PathActionStatus.NotAllowed, decision);
            }
        }

        var now = time.GetUtcNow();
        items.ForEach(i => i.Cancel(now));
        db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.StoreItemsCancelled, order.Id, CultureInfo.CurrentUICulture.Name, now));
        return await db.SaveOrConflictAsync(new PathActionResult(PathActionStatus.Done, null, null, order.Id), PathActionResult.Conflict, cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// The reads behind the memberships page, the order page and the orders API, compiled once. A LINQ query is
/// otherwise taken apart on every execution (parameter extraction, closures compiled, the query cache looked up),
/// which measured more CPU than running the SQL itself on a first view (docs/performance.md, "Pages: first views").
/// One set per EF Core model (<see cref="PerModel{T}"/>).
/// </summary>
internal sealed class PartnerOrderQueries
{
    /// <summary>The partner by id, or null.</summary>
    public readonly Func<PartnerHelpDbContext, string, CancellationToken, Task<Partner?>> Partner =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string partnerId, CancellationToken _) =>
            db.Partners.AsNoTracking().SingleOrDefault(p => p.Id == partnerId));

    /// <summary>The order with its partner, when it belongs to that partner: one round trip for both.</summary>
    public readonly Func<PartnerHelpDbContext, string, string, CancellationToken, Task<OrderWithPartner?>> OrderOfPartner =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string orderId, string partnerId, CancellationToken _) =>
            db.MembershipOrders.AsNoTracking()
                .Where(o => o.Id == orderId && o.PartnerId == partnerId)
                .Join(db.Partners.AsNoTracking(), o => o.PartnerId, p => p.Id, (o, p) => new OrderWithPartner(o, p))
                .SingleOrDefault());

    /// <summary>The partner with how many membership orders it has: one round trip for both.</summary>
    public readonly Func<PartnerHelpDbContext, string, CancellationToken, Task<PartnerWithOrderCount?>> PartnerWithOrderCount =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string partnerId, CancellationToken _) =>
            db.Partners.AsNoTracking()
                .Where(p => p.Id == partnerId)
                .Select(p => new PartnerWithOrderCount(p, db.MembershipOrders.Count(o => o.PartnerId == partnerId)))
                .SingleOrDefault());

    /// <summary>The partner's membership orders, newest first (the id breaks ties, so pages never overlap).</summary>
    public readonly Func<PartnerHelpDbContext, string, IAsyncEnumerable<MembershipOrder>> OrdersOfPartner =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string partnerId) =>
            db.MembershipOrders.AsNoTracking().Where(o => o.PartnerId == partnerId).OrderByDescending(o => o.PurchasedAt).ThenBy(o => o.Id).AsQueryable());

    /// <summary>One page of the partner's membership orders, in the order of <see cref="OrdersOfPartner"/>.</summary>
    public readonly Func<PartnerHelpDbContext, string, int, int, IAsyncEnumerable<MembershipOrder>> PageOfOrders =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string partnerId, int skip, int take) =>
            db.MembershipOrders.AsNoTracking().Where(o => o.PartnerId == partnerId)
                .OrderByDescending(o => o.PurchasedAt).ThenBy(o => o.Id).Skip(skip).Take(take));

    /// <summary>The refunds, with their transitions, of the orders on that page only.</summary>
    public readonly Func<PartnerHelpDbContext, string, int, int, IAsyncEnumerable<Refund>> RefundsOfPage =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string partnerId, int skip, int take) =>
            db.Refunds.AsNoTracking().Include(r => r.Transitions)
                .Where(r => r.PartnerId == partnerId && db.MembershipOrders.Where(o => o.PartnerId == partnerId)
                    .OrderByDescending(o => o.PurchasedAt).ThenBy(o => o.Id).Skip(skip).Take(take)
                    .Select(o => o.Id).Contains(r.OrderId)));

    /// <summary>The partner's refunds with their transitions.</summary>
    public readonly Func<PartnerHelpDbContext, string, IAsyncEnumerable<Refund>> RefundsOfPartner =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string partnerId) =>
            db.Refunds.AsNoTracking().Include(r => r.Transitions).Where(r => r.PartnerId == partnerId));

    /// <summary>The refund of one order with its transitions, or null.</summary>
    public readonly Func<PartnerHelpDbContext, string, CancellationToken, Task<Refund?>> RefundOfOrder =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string orderId, CancellationToken _) =>
            db.Refunds.AsNoTracking().Include(r => r.Transitions).SingleOrDefault(r => r.OrderId == orderId));

    /// <summary>Runs <paramref name="reads"/> on one open connection, so its queries take one connection from the pool, not one each.</summary>
    public static async Task<T> OnOneConnectionAsync<T>(PartnerHelpDbContext db, Func<Task<T>> reads, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await reads();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>A partner read together with its membership order count.</summary>
internal sealed record PartnerWithOrderCount(Partner Partner, int OrderCount);

/// <summary>An order read together with its partner.</summary>
internal sealed record OrderWithPartner(MembershipOrder Order, Partner Partner);

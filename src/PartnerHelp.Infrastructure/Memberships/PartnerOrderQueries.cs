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

    /// <summary>The partner's membership orders, newest first.</summary>
    public readonly Func<PartnerHelpDbContext, string, IAsyncEnumerable<MembershipOrder>> OrdersOfPartner =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string partnerId) =>
            db.MembershipOrders.AsNoTracking().Where(o => o.PartnerId == partnerId).OrderByDescending(o => o.PurchasedAt).AsQueryable());

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

/// <summary>An order read together with its partner.</summary>
internal sealed record OrderWithPartner(MembershipOrder Order, Partner Partner);

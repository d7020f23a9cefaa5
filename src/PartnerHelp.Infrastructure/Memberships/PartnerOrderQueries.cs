using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// The reads behind the orders API and the bot's order lists, compiled once (the memberships page and the order page read
/// through <see cref="PartnerOrderReads"/>). A LINQ query is
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

    /// <summary>The partner's membership orders, newest first (the id breaks ties, so pages never overlap).</summary>
    public readonly Func<PartnerHelpDbContext, string, IAsyncEnumerable<MembershipOrder>> OrdersOfPartner =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string partnerId) =>
            db.MembershipOrders.AsNoTracking().Where(o => o.PartnerId == partnerId).OrderByDescending(o => o.PurchasedAt).ThenBy(o => o.Id).AsQueryable());

    /// <summary>The partner's refunds with their transitions.</summary>
    public readonly Func<PartnerHelpDbContext, string, IAsyncEnumerable<Refund>> RefundsOfPartner =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string partnerId) =>
            db.Refunds.AsNoTracking().Include(r => r.Transitions).Where(r => r.PartnerId == partnerId));

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

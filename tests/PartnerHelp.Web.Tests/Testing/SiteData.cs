using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Testing;

/// <summary>Reads the site's database directly, to check what a request did or did not change.</summary>
public static class SiteData
{
    public static async Task<T> QueryAsync<T>(PartnerHelpFactory factory, Func<PartnerHelpDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        return await query(db);
    }

    public static Task<int> RefundCountAsync(PartnerHelpFactory factory, string orderId) =>
        QueryAsync(factory, db => db.Refunds.CountAsync(r => r.OrderId == orderId));

    public static Task<int> OutboxCountAsync(PartnerHelpFactory factory, string refundId) =>
        QueryAsync(factory, db => db.OutboxMessages.CountAsync(m => m.Subject == refundId));

    public static Task<string> OrderStatusAsync(PartnerHelpFactory factory, string orderId) =>
        QueryAsync(factory, async db => (await db.MembershipOrders.SingleAsync(o => o.Id == orderId)).Status.ToString());
}

using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Tests.PostgreSql;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.Memberships;

/// <summary>
/// The memberships list a page at a time, on both providers: pages follow the whole list's order without gaps or
/// overlaps, each page carries only its own orders' refunds, and a page past the last is read as the last.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PartnerOrdersPagingTests(PostgresFixture postgres)
{
    /// <summary>Contoso's 8 demo orders plus these: 53 orders, pages of 20, 20 and 13.</summary>
    private const int ExtraOrders = 45;
    private const int PageSize = 20;

    /// <summary>A seeded order on page 3 (older than every demo order), cancelled so it has a refund.</summary>
    private const string CancelledOnPage3 = "PG-1040";

    [Fact]
    public async Task PageAsync_ReadsEachPageOfTheList_OnSqlite()
    {
        using var folder = new TempDirectory("paging");
        await using var services = TestServices.Sqlite(folder.File("paging.db"));
        await RunScenarioAsync(services);
    }

    [Fact]
    public async Task PageAsync_ReadsEachPageOfTheList_OnPostgreSql()
    {
        await using var services = TestServices.Create(DatabaseProvider.PostgreSql, await postgres.NewDatabaseAsync());
        await RunScenarioAsync(services);
    }

    private static async Task RunScenarioAsync(TestServices services)
    {
        await services.InitializeAsync();
        await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            for (var i = 0; i < ExtraOrders; i++)
            {
                // Older than every demo order (45 days at most), one a day, so the list's order is known.
                var order = new MembershipOrder($"PG-{1000 + i}", "contoso", MembershipOffer.ActionPack,
                    TestServices.Start.AddDays(-50 - i), new Money(475m, "USD"), PaymentMethod.CreditCard, "Visa •••• 4242");
                db.MembershipOrders.Add(order);
                if (order.Id == CancelledOnPage3)
                {
                    db.Refunds.Add(order.Cancel("RF-" + order.Id, "admin", CancellationReason.Other, null, TestServices.Start));
                }
            }

            return await db.SaveChangesAsync();
        });
        var admin = await services.RequesterAsync("admin@contoso.example");

        var all = await services.InScopeAsync(sp => sp.GetRequiredService<PartnerOrders>().ListAsync(admin));
        var pages = new List<OrderPage>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await services.InScopeAsync(sp => sp.GetRequiredService<PartnerOrders>().PageAsync(admin, page, PageSize)));
        }

        Assert.Equal(53, all.Count);
        Assert.Equal([20, 20, 13], pages.Select(p => p.Orders.Count));
        Assert.All(pages, p => Assert.Equal((3, 53), (p.PageCount, p.TotalCount)));
        Assert.Equal([1, 2, 3], pages.Select(p => p.Number));
        Assert.Equal(all.Select(v => v.Order.Id), pages.SelectMany(p => p.Orders).Select(v => v.Order.Id));
        Assert.Equal(["CT-1008"], pages[0].Orders.Where(v => v.Refund is not null).Select(v => v.Order.Id));
        Assert.DoesNotContain(pages[1].Orders, v => v.Refund is not null);
        Assert.Equal([CancelledOnPage3], pages[2].Orders.Where(v => v.Refund is not null).Select(v => v.Order.Id));
        Assert.Equal("RF-" + CancelledOnPage3, pages[2].Orders.Single(v => v.Order.Id == CancelledOnPage3).Refund!.Id);

        var past = await services.InScopeAsync(sp => sp.GetRequiredService<PartnerOrders>().PageAsync(admin, 99, PageSize));
        Assert.Equal(3, past.Number);
        Assert.Equal(pages[2].Orders.Select(v => v.Order.Id), past.Orders.Select(v => v.Order.Id));

        var fabrikam = await services.RequesterAsync("admin@fabrikam.example");
        var single = await services.InScopeAsync(sp => sp.GetRequiredService<PartnerOrders>().PageAsync(fabrikam, 2, PageSize));
        Assert.Equal((1, 1, 1), (single.Number, single.PageCount, single.TotalCount));
        Assert.Equal(["FB-2001"], single.Orders.Select(v => v.Order.Id));
    }
}

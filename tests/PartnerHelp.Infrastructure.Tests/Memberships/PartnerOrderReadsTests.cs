using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.TaxRefunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Tests.PostgreSql;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.Memberships;

/// <summary>
/// The hand-written reads of the memberships and order pages (<see cref="PartnerOrderReads"/>) rebuild every order, partner,
/// refund, transition and tax refund claim exactly as EF Core reads them, on both providers: every public property is compared,
/// including the nullable facts, a cancellation note and a refund with three transitions; and the notification feed's rows.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PartnerOrderReadsTests(PostgresFixture postgres)
{
    private const string Worked = "RD-1";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    [Fact]
    public async Task Reads_MatchEfCore_OnSqlite()
    {
        using var folder = new TempDirectory("reads");
        await using var services = TestServices.Sqlite(folder.File("reads.db"));
        await RunScenarioAsync(services);
    }

    [Fact]
    public async Task Reads_MatchEfCore_OnPostgreSql()
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
            var at = TestServices.Start.AddDays(-3).AddTicks(7);
            var order = new MembershipOrder(Worked, "contoso", MembershipOffer.LegacySilver, at, new Money(1234.56m, "USD"), PaymentMethod.WireTransfer, "IBAN 1234");
            order.RecordBenefitActivated(MembershipBenefit.AzureCredits, at.AddHours(1));
            order.RecordProductKeysViewed(at.AddHours(2));
            order.RecordGoldUpgradeWithDiscount();
            var refund = order.Cancel("RF-" + Worked, "admin", CancellationReason.Other, "  a note  ", at.AddHours(3));
            refund.StartProcessing(at.AddHours(4));
            refund.MarkRefunded(at.AddHours(5), "proc-77");
            db.MembershipOrders.Add(order);
            db.Refunds.Add(refund);
            db.TaxRefundClaims.Add(new TaxRefundClaim(Worked, "contoso", "admin", at.AddHours(6)));
            db.PartnerNotifications.AddRange(
                Note(NotificationKinds.RefundCompleted, refund.Id, at.AddHours(7)),
                Note(NotificationKinds.CancelWindowClosing, Worked, at.AddHours(8)),
                Note(NotificationKinds.CreditRequestApproved, "CR-1", at.AddHours(9)),
                Note(NotificationKinds.RefundCompleted, "RF-gone", at.AddHours(1)));
            return await db.SaveChangesAsync();
        });

        var (orders, refunds, partner) = await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            return (await db.MembershipOrders.AsNoTracking().Where(o => o.PartnerId == "contoso").OrderByDescending(o => o.PurchasedAt).ThenBy(o => o.Id).ToListAsync(),
                await db.Refunds.AsNoTracking().Include(r => r.Transitions).Where(r => r.PartnerId == "contoso").ToListAsync(),
                await db.Partners.AsNoTracking().SingleAsync(p => p.Id == "contoso"));
        });
        var reads = services.Provider.GetRequiredService<PartnerOrderReads>();

        var counted = await reads.PartnerWithOrderCountAsync("contoso", CancellationToken.None);
        Assert.Equal(Shape(partner), Shape(counted!.Value.Partner));
        Assert.Equal(orders.Count, counted.Value.OrderCount);
        Assert.Null(await reads.PartnerWithOrderCountAsync("no-such-partner", CancellationToken.None));

        var page = await reads.PageOfOrdersAsync("contoso", 0, orders.Count + 5, CancellationToken.None);
        Assert.Equal(orders.Select(Shape), page.Select(r => Shape(r.Order)));
        Assert.Equal(orders.Select(o => Shape(refunds.SingleOrDefault(r => r.OrderId == o.Id))), page.Select(r => Shape(r.Refund)));
        Assert.Equal(3, page.Single(r => r.Order.Id == Worked).Refund!.Transitions.Count);
        Assert.Equal(orders.Skip(2).Take(3).Select(o => o.Id), (await reads.PageOfOrdersAsync("contoso", 2, 3, CancellationToken.None)).Select(r => r.Order.Id));

        foreach (var order in orders)
        {
            var found = await reads.OrderOfPartnerAsync(order.Id, "contoso", CancellationToken.None);
            Assert.Equal(Shape(order), Shape(found!.Value.Order));
            Assert.Equal(Shape(partner), Shape(found.Value.Partner));
            Assert.Equal(Shape(refunds.SingleOrDefault(r => r.OrderId == order.Id)), Shape(found.Value.Refund));
            Assert.Null(await reads.OrderOfPartnerAsync(order.Id, "fabrikam", CancellationToken.None));
        }

        var claim = await services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().TaxRefundClaims.AsNoTracking().SingleAsync(c => c.OrderId == Worked));
        Assert.Equal(Shape(claim), Shape(await reads.TaxClaimOfOrderAsync(Worked, CancellationToken.None)));
        Assert.Null(await reads.TaxClaimOfOrderAsync(orders.First(o => o.Id != Worked).Id, CancellationToken.None));

        // A completed refund's notification names its order; one whose refund is unknown keeps its subject; other kinds are left out.
        var latest = await reads.LatestNotificationsAsync("contoso", [NotificationKinds.RefundCompleted, NotificationKinds.CancelWindowClosing, null, null], 5, CancellationToken.None);
        Assert.Equal([(NotificationKinds.CancelWindowClosing, Worked), (NotificationKinds.RefundCompleted, Worked), (NotificationKinds.RefundCompleted, "RF-gone")],
            latest.Select(n => (n.Kind, n.OrderId)));
        Assert.Equal(claim.RequestedAt.AddHours(2), latest[0].CreatedAt);
        Assert.Single(await reads.LatestNotificationsAsync("contoso", [NotificationKinds.RefundCompleted, NotificationKinds.CancelWindowClosing, null, null], 1, CancellationToken.None));
    }

    private static PartnerNotification Note(string kind, string subject, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), PartnerId = "contoso", Kind = kind, Subject = subject, Culture = "en", CreatedAt = at };

    private static string Shape<T>(T value) => JsonSerializer.Serialize(value, Json);
}

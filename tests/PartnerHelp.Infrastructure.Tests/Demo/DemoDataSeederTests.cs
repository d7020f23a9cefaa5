using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Demo;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.Demo;

public sealed class DemoDataSeederTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task SeedAsync_SeedsSpecUsersPartnersAndOrders_WhenDatabaseIsFresh()
    {
        await using var services = TestServices.Sqlite(_folder.File("fresh.db"));

        await services.InitializeAsync();

        var (users, partners, orders, refunds) = await CountsAsync(services);
        Assert.Equal((5, 3, 10, 1), (users, partners, orders, refunds));
        var ct1001 = await OrderAsync(services, "CT-1001");
        Assert.Equal(5, DaysOld(ct1001, services.Clock.GetUtcNow()));
        Assert.Equal(1765.00m, ct1001.Amount);
    }

    [Fact]
    public async Task SeedAsync_AddsNothing_WhenRunAgain()
    {
        await using var services = TestServices.Sqlite(_folder.File("twice.db"));
        await services.InitializeAsync();

        await services.InitializeAsync();

        Assert.Equal((5, 3, 10, 1), await CountsAsync(services));
    }

    [Fact]
    public async Task SeedAsync_RebasesUntouchedOrders_WhenTheSiteStartsOnALaterDay()
    {
        await using var services = TestServices.Sqlite(_folder.File("rebase.db"));
        await services.InitializeAsync();
        services.Clock.Advance(TimeSpan.FromDays(9.5));

        await services.InitializeAsync();

        var now = services.Clock.GetUtcNow();
        Assert.Equal(5, DaysOld(await OrderAsync(services, "CT-1001"), now));
        Assert.Equal(45, DaysOld(await OrderAsync(services, "CT-1002"), now));
        var ct1008 = await OrderAsync(services, "CT-1008");
        Assert.Equal(2, DateOnly.FromDateTime(now.UtcDateTime).DayNumber - DateOnly.FromDateTime(ct1008.CancelledAt!.Value.UtcDateTime).DayNumber);
        var refund = await services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().Refunds.Include(r => r.Transitions).SingleAsync());
        Assert.Equal(RefundStatus.Processing, refund.Status);
        Assert.Equal(ct1008.CancelledAt, refund.RequestedAt);
        Assert.All(refund.Transitions, t => Assert.True(t.At >= refund.RequestedAt));
    }

    [Fact]
    public async Task SeedAsync_LeavesActedOnOrdersAlone_WhenRebasing()
    {
        await using var services = TestServices.Sqlite(_folder.File("acted.db"));
        await services.InitializeAsync();
        await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            var order = await db.MembershipOrders.SingleAsync(o => o.Id == "CT-1001");
            db.Refunds.Add(order.Cancel(RefundIds.For(order.Id), "someone", CancellationReason.Other, null, services.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        var purchasedBefore = (await OrderAsync(services, "CT-1001")).PurchasedAt;
        services.Clock.Advance(TimeSpan.FromDays(3));

        await services.InitializeAsync();

        Assert.Equal(purchasedBefore, (await OrderAsync(services, "CT-1001")).PurchasedAt);
    }

    [Fact]
    public async Task SeedAsync_KeepsTheOtherRefundPathsInTheirStates_WhenTheSiteStartsAMonthLater()
    {
        await using var services = TestServices.Sqlite(_folder.File("paths.db"));
        await services.InitializeAsync();
        services.Clock.Advance(TimeSpan.FromDays(30));

        await services.InitializeAsync();

        var now = services.Clock.GetUtcNow();
        await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            Assert.Equal(3, await db.CspCustomers.CountAsync());
            var subscriptions = await db.CspSubscriptions.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
            Assert.Equal([1, 4], subscriptions.Select(s => s.MonthOfTerm(now)));
            var reservations = await db.Reservations.AsNoTracking().OrderBy(r => r.PurchasedAt).ToListAsync();
            Assert.Equal([Core.Reservations.ReservationType.SqlDatabase, Core.Reservations.ReservationType.VirtualMachines], reservations.Select(r => r.Type));
            Assert.Equal(2, reservations.Select(r => r.CustomerId).Distinct().Count());
            Assert.Equal(60, DateOnly.FromDateTime(now.UtcDateTime).DayNumber - reservations[1].TermStart.DayNumber);
            var incident = await db.ServiceIncidents.AsNoTracking().SingleAsync();
            Assert.Equal(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-10), incident.OccurredOn);
            var items = await db.StoreOrderItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
            Assert.Equal([false, true], items.Select(i => i.ChargedAt is not null));
            return 0;
        });
    }

    [Fact]
    public async Task SeedAsync_RecordsTheDayAndBuild_WhenItHasSeeded()
    {
        await using var services = TestServices.Sqlite(_folder.File("state.db"));

        await services.InitializeAsync();

        var state = await StateAsync(services);
        Assert.Equal(DateOnly.FromDateTime(services.Clock.GetUtcNow().UtcDateTime), state.RebasedOn);
        Assert.Equal(DemoDataSeeder.CatalogVersion, state.Catalog);
    }

    [Fact]
    public async Task SeedAsync_SkipsSeeding_WhenThisBuildSeededEarlierTheSameDay()
    {
        await using var services = TestServices.Sqlite(_folder.File("sameday.db"));
        await services.InitializeAsync();
        await DeleteIncidentAsync(services);
        services.Clock.Advance(TimeSpan.FromMinutes(1));

        await services.InitializeAsync();

        // The missing row shows the pass did no seeding; on the next day it does.
        Assert.Equal(0, await IncidentsAsync(services));
        services.Clock.Advance(TimeSpan.FromDays(1));
        await services.InitializeAsync();
        Assert.Equal(1, await IncidentsAsync(services));
        Assert.Equal(DateOnly.FromDateTime(services.Clock.GetUtcNow().UtcDateTime), (await StateAsync(services)).RebasedOn);
    }

    [Fact]
    public async Task SeedAsync_SeedsAgain_WhenAnotherBuildSeededToday()
    {
        await using var services = TestServices.Sqlite(_folder.File("upgrade.db"));
        await services.InitializeAsync();
        await DeleteIncidentAsync(services);
        await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            (await db.DemoState.SingleAsync()).Catalog = "an-earlier-build";
            return await db.SaveChangesAsync();
        });

        await services.InitializeAsync();

        Assert.Equal(1, await IncidentsAsync(services));
        Assert.Equal(DemoDataSeeder.CatalogVersion, (await StateAsync(services)).Catalog);
    }

    [Fact]
    public async Task InitializeAsync_SeedsNothing_WhenDemoDataIsOff()
    {
        await using var services = TestServices.Sqlite(_folder.File("off.db"), demo: false);

        await services.InitializeAsync();

        Assert.Equal((0, 0, 0, 0), await CountsAsync(services));
    }

    public void Dispose() => _folder.Dispose();

    private static int DaysOld(MembershipOrder order, DateTimeOffset now) =>
        DateOnly.FromDateTime(now.UtcDateTime).DayNumber - DateOnly.FromDateTime(order.PurchasedAt.UtcDateTime).DayNumber;

    private static Task<MembershipOrder> OrderAsync(TestServices services, string id) =>
        services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().MembershipOrders.AsNoTracking().SingleAsync(o => o.Id == id));

    private static Task<DemoDataState> StateAsync(TestServices services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().DemoState.AsNoTracking().SingleAsync());

    private static Task<int> IncidentsAsync(TestServices services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().ServiceIncidents.CountAsync());

    private static Task<int> DeleteIncidentAsync(TestServices services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().ServiceIncidents.ExecuteDeleteAsync());

    private static Task<(int Users, int Partners, int Orders, int Refunds)> CountsAsync(TestServices services) =>
        services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            return (await db.Users.CountAsync(), await db.Partners.CountAsync(), await db.MembershipOrders.CountAsync(), await db.Refunds.CountAsync());
        });
}

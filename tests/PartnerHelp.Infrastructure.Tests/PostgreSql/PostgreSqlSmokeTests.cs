using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Tests.Memberships;

namespace PartnerHelp.Infrastructure.Tests.PostgreSql;

/// <summary>The same code and migrations on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlSmokeTests(PostgresFixture postgres)
{
    [Fact]
    public async Task InitializeAsync_MigratesAndSeedsIdempotently_OnPostgreSql()
    {
        await using var services = TestServices.Create(DatabaseProvider.PostgreSql, await postgres.NewDatabaseAsync());

        await services.InitializeAsync();
        await services.InitializeAsync();

        var counts = await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            return (await db.Users.CountAsync(), await db.MembershipOrders.CountAsync(), await db.Refunds.CountAsync());
        });
        Assert.Equal((5, 10, 1), counts);
    }

    [Fact]
    public async Task InitializeAsync_TakesTurns_WhenSeveralNodesStartAtOnceOnAnEmptyDatabase()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var nodes = Enumerable.Range(0, 4).Select(_ => TestServices.Create(DatabaseProvider.PostgreSql, connectionString)).ToList();
        try
        {
            await Task.WhenAll(nodes.Select(node => Task.Run(node.InitializeAsync)));

            var counts = await nodes[0].InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<PartnerHelpDbContext>();
                return (await db.Users.CountAsync(), await db.Roles.CountAsync(), await db.Partners.CountAsync(), await db.MembershipOrders.CountAsync());
            });
            Assert.Equal((5, 6, 3, 10), counts);
            var history = await nodes[0].InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().Database
                .SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\"").ToListAsync());
            var migrations = await nodes[0].InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<PartnerHelpDbContext>().Database.GetMigrations()));
            Assert.Equal(migrations, history.Order(StringComparer.Ordinal));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task EligibilityAndCancellation_BehaveAsOnSqlite_OnPostgreSql()
    {
        await using var services = TestServices.Create(DatabaseProvider.PostgreSql, await postgres.NewDatabaseAsync());
        await services.InitializeAsync();
        var admin = await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == "admin@contoso.example");
            return new Requester(user.Id, user.PartnerId, new HashSet<string> { PartnerRoles.MpnAdmin });
        });

        foreach (var (orderId, email, outcome, codes) in SpecDemoExpectations.Rows.Where(r => r.Admin == "admin@contoso.example"))
        {
            var view = await services.InScopeAsync(sp => sp.GetRequiredService<PartnerOrders>().FindAsync(orderId, admin));
            Assert.Equal((outcome, codes), (view!.Eligibility.Outcome, view.Eligibility.Reasons.Select(r => r.Code).ToArray()), new TupleComparer());
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            services.InScopeAsync(sp => sp.GetRequiredService<MembershipCancellation>().CancelAsync("CT-1001", admin, Core.Memberships.CancellationReason.Other, null)))));

        Assert.Single(results, r => r.Status == CancellationStatus.Cancelled);
        Assert.Equal(2, await services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().Refunds.CountAsync()));
        Assert.Equal(1, await services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().OutboxMessages.CountAsync()));
    }

    private sealed class TupleComparer : IEqualityComparer<(Core.Eligibility.EligibilityOutcome, Core.Eligibility.ReasonCode[])>
    {
        public bool Equals((Core.Eligibility.EligibilityOutcome, Core.Eligibility.ReasonCode[]) x, (Core.Eligibility.EligibilityOutcome, Core.Eligibility.ReasonCode[]) y) =>
            x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((Core.Eligibility.EligibilityOutcome, Core.Eligibility.ReasonCode[]) obj) => obj.Item1.GetHashCode();
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Partners;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Persistence.Counters;
using PartnerHelp.Infrastructure.Tests.PostgreSql;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.Counters;

/// <summary>refund_totals and partner_versions agree with the rows they count after every kind of save.</summary>
public sealed class ChangeCountersTests
{
    [Fact]
    public async Task Counters_MatchTheRows_AfterEveryKindOfSave_OnSqlite()
    {
        using var folder = new TempDirectory("partnerhelp-counters");
        await using var services = TestServices.Sqlite(folder.File("counters.db"));
        await CounterScenario.RunAsync(services);
    }

    [Fact]
    public async Task Counters_RaiseEveryPartnersVersion_WhenOneSaveAddsMorePartnersThanOneCommandCarries()
    {
        using var folder = new TempDirectory("partnerhelp-counters");
        await using var services = TestServices.Sqlite(folder.File("bulk.db"), demo: false);
        await services.InitializeAsync();
        const int count = 20_000; // 40,000 parameters: past SQLite's 32,766 variables per statement

        await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PartnerHelpDbContext>();
            db.Partners.AddRange(Enumerable.Range(0, count).Select(BulkPartner));
            return await db.SaveChangesAsync();
        });

        var versions = await services.InScopeAsync(sp => sp.GetRequiredService<PartnerHelpDbContext>().PartnerVersions.CountAsync(v => v.PartnerId.StartsWith("bulk-") && v.Version == 1));
        Assert.Equal(count, versions);
    }

    [Fact]
    public void Statements_AreOneCommand_ForAnOrdinarySave_AndSplitInKeyOrder_WhenTheyWouldCarryTooManyParameters()
    {
        using var db = UnconnectedContext();
        db.Partners.Add(BulkPartner(1));
        Assert.Single(ChangeCounters.Collect(db.ChangeTracker).Statements(0));

        db.Partners.AddRange(Enumerable.Range(2, 19_999).Select(BulkPartner));
        var statements = ChangeCounters.Collect(db.ChangeTracker).Statements(0);

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.InRange(s.ArgumentCount, 1, ChangeCounters.MaxParametersPerCommand));
        Assert.Equal(40_000, statements.Sum(s => s.ArgumentCount));
        var ids = statements.SelectMany(s => s.GetArguments().OfType<string>()).ToList();
        Assert.Equal(20_000, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    private static Partner BulkPartner(int i) =>
        new(string.Create(CultureInfo.InvariantCulture, $"bulk-{i:D6}"), $"Bulk {i}", "USD", PartnerStatus.Active, CspRelationship.None, false);

    /// <summary>A context that only tracks changes: it never opens its (SQLite) connection.</summary>
    private static PartnerHelpDbContext UnconnectedContext()
    {
        var options = new DbContextOptionsBuilder<PartnerHelpDbContext>().UseSqlite("Data Source=:memory:").Options;
        return new PartnerHelpDbContext(options);
    }
}

/// <summary>The same on PostgreSQL, where concurrent saves take the counter rows' locks.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlChangeCountersTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Counters_MatchTheRows_AfterEveryKindOfSave_OnPostgreSql()
    {
        await using var services = TestServices.Create(DatabaseProvider.PostgreSql, await postgres.NewDatabaseAsync());
        await CounterScenario.RunAsync(services);
    }
}

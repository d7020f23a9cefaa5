using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Persistence.Counters;
using PartnerHelp.Infrastructure.Tests.PostgreSql;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.Counters;

/// <summary>refund_totals agrees with the refunds it counts after every kind of save.</summary>
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
    public void Statements_AreOneCommand_ForAnOrdinarySave_AndSplitInKeyOrder_WhenTheyWouldCarryTooManyParameters()
    {
        using var db = UnconnectedContext();
        db.Refunds.Add(NewRefund(0));
        Assert.Single(ChangeCounters.Collect(db.ChangeTracker).Statements(0));

        // Five parameters a (state, currency) row: 6,001 currencies carry 30,005, past MaxParametersPerCommand.
        const int count = 6_001;
        db.Refunds.AddRange(Enumerable.Range(1, count - 1).Select(NewRefund));
        var statements = ChangeCounters.Collect(db.ChangeTracker).Statements(0);

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.InRange(s.ArgumentCount, 1, ChangeCounters.MaxParametersPerCommand));
        Assert.Equal(count * 5, statements.Sum(s => s.ArgumentCount));
        var currencies = statements.SelectMany(s => s.GetArguments()).Chunk(5).Select(row => (string)row[1]!).ToList();
        Assert.Equal(count, currencies.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(currencies.Order(StringComparer.Ordinal), currencies);
    }

    [Fact]
    public void Statements_AreNone_ForASaveThatChangesNoRefund()
    {
        using var db = UnconnectedContext();
        db.Partners.Add(new Partner("bulk-1", "Bulk 1", "USD", PartnerStatus.Active, CspRelationship.None, false));

        var counters = ChangeCounters.Collect(db.ChangeTracker);

        Assert.True(counters.IsEmpty, "partner data no longer carries a version to raise");
        Assert.Empty(counters.Statements(0));
    }

    // A refund in a currency of its own ("AAA", "AAB", ...), so each is its own refund_totals row.
    private static Refund NewRefund(int i)
    {
        var currency = string.Concat((char)('A' + (i / 676)), (char)('A' + (i / 26 % 26)), (char)('A' + (i % 26)));
        var id = string.Create(CultureInfo.InvariantCulture, $"RF-{i:D6}");
        return Refund.Request(id, id, "contoso", new Money(10m, currency), "card", DateTimeOffset.UnixEpoch);
    }

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

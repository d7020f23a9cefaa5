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
    public void Statement_IsOneCommand_WithEveryChangedRow_InKeyOrder()
    {
        using var db = UnconnectedContext();
        db.Refunds.AddRange(new[] { 3, 0, 2, 1 }.Select(NewRefund));
        db.Refunds.Add(Refund.Request("RF-second", "RF-second", "contoso", new Money(10m, "AAB"), "card", DateTimeOffset.UnixEpoch));

        var statement = ChangeCounters.Collect(db.ChangeTracker).Statement(5);

        Assert.NotNull(statement);
        var rows = statement.GetArguments().Chunk(5).ToList();
        Assert.Equal(["AAA", "AAB", "AAC", "AAD"], rows.Select(row => (string)row[1]!));
        Assert.All(rows, row => Assert.Equal(5, row[2]));
        Assert.Equal([1L, 2L, 1L, 1L], rows.Select(row => (long)row[3]!));
        Assert.Equal([1000L, 2000L, 1000L, 1000L], rows.Select(row => (long)row[4]!));
    }

    [Fact]
    public void Statement_IsNone_ForASaveThatChangesNoRefund()
    {
        using var db = UnconnectedContext();
        db.Partners.Add(new Partner("bulk-1", "Bulk 1", "USD", PartnerStatus.Active, CspRelationship.None, false));

        var counters = ChangeCounters.Collect(db.ChangeTracker);

        Assert.True(counters.IsEmpty, "partner data no longer carries a version to raise");
        Assert.Null(counters.Statement(0));
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

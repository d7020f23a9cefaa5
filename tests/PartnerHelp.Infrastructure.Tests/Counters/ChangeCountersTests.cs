using PartnerHelp.Infrastructure.Persistence;
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

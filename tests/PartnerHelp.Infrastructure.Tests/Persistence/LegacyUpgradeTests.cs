using System.Collections;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Persistence.Counters;
using PartnerHelp.Infrastructure.Tests.PostgreSql;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.Persistence;

/// <summary>
/// A database made by any released version of the numbered schema scripts (1 to 10), with rows in every table it had,
/// opens with this build: it is adopted, migrated to this build's schema and keeps every row.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LegacyUpgradeTests(PostgresFixture postgres) : IDisposable
{
    private readonly TempDirectory _folder = new();

    public static TheoryData<DatabaseProvider, int> Versions()
    {
        var data = new TheoryData<DatabaseProvider, int>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            for (var version = 1; version <= LegacyDatabase.NewestVersion; version++)
            {
                data.Add(provider, version);
            }
        }

        return data;
    }

    /// <summary>
    /// Tables a later release drops on purpose: <c>scheduler_heartbeats</c> held the Quartz nodes' heartbeats, which mean
    /// nothing once the jobs run on Hangfire (its servers page reports the nodes); <c>partner_versions</c> held the numbers
    /// the per-session page cache keyed on, removed with that cache. No partner data or money was in either.
    /// </summary>
    private static readonly HashSet<string> Retired = new(StringComparer.Ordinal) { "scheduler_heartbeats", "partner_versions" };

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task MigrateAsync_UpgradesAScriptMadeDatabase_WithoutLosingARow(DatabaseProvider provider, int version)
    {
        var database = await NewDatabaseAsync(provider);
        await LegacyDatabase.CreateAsync(provider == DatabaseProvider.PostgreSql, database.ConnectionString, version);
        var before = await DatabaseSnapshot.RowsAsync(database);
        Assert.All(before, table => Assert.NotEmpty(table.Value));

        await TestDatabases.MigrateAsync(database);

        var after = await DatabaseSnapshot.RowsAsync(database);
        foreach (var (table, rows) in before.Where(t => !Retired.Contains(t.Key)))
        {
            Assert.True(after.TryGetValue(table, out var now), $"{table} is gone");
            var kept = rows[0].Keys.Intersect(now.Count > 0 ? now[0].Keys : []).ToArray();
            Assert.Equal(Lines(rows, kept), Lines(now, kept));
        }

        // The demo bookkeeping moved from the rows' DemoAgeDays to the seeder's own records, with the rows' versions.
        var demo = DemoRecords(after);
        Assert.NotEmpty(demo);
        Assert.Equal(DemoAgeDays(before), demo);

        var fresh = await NewDatabaseAsync(provider);
        await TestDatabases.MigrateAsync(fresh);
        DatabaseSnapshot.AssertSame(await DatabaseSnapshot.SchemaAsync(fresh), await DatabaseSnapshot.SchemaAsync(database));
        Assert.DoesNotContain(LegacySchemaHistory.TableName, await DatabaseSnapshot.QueryAsync(database, AllTables(provider)));

        await using var db = TestDatabases.Context(database);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        await AssertEveryRowReadsAsync(db);
        await AssertRefundTotalsCountEveryRefundAsync(db);
    }

    [Fact]
    public async Task MigrateAsync_UpgradesTheFirstReleasedSchemaDumpedFromARealRun_WithItsDemoData()
    {
        var database = TestDatabases.SqliteFile(_folder.File("v1-dump.db"));
        SqliteSchema.Execute(TestDatabases.SqlitePath(database), await File.ReadAllTextAsync(RepoPaths.Combine("tests", "PartnerHelp.Infrastructure.Tests", "Persistence", "Fixtures", "schema-v1.sqlite.sql")));
        var before = await DatabaseSnapshot.RowsAsync(database);

        await TestDatabases.MigrateAsync(database);

        var after = await DatabaseSnapshot.RowsAsync(database);
        foreach (var (table, rows) in before.Where(t => t.Key != LegacySchemaHistory.TableName && t.Value.Count > 0))
        {
            var kept = rows[0].Keys.Intersect(after[table][0].Keys).ToArray();
            Assert.Equal(Lines(rows, kept), Lines(after[table], kept));
        }

        Assert.Equal(["MembershipOrder"], await DatabaseSnapshot.QueryAsync(database, "SELECT DISTINCT \"Subject\" FROM refunds"));
        Assert.Equal(10, DemoRecords(after).Count);
        Assert.Equal(DemoAgeDays(before), DemoRecords(after));
        Assert.Empty(await DatabaseSnapshot.QueryAsync(database, "SELECT * FROM pragma_foreign_key_check"));
        await using var db = TestDatabases.Context(database);
        await AssertEveryRowReadsAsync(db);
        await AssertRefundTotalsCountEveryRefundAsync(db);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>This build's model reads every row of every entity type.</summary>
    private static async Task AssertEveryRowReadsAsync(PartnerHelpDbContext db)
    {
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            var set = (IEnumerable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
            var count = set.Cast<object>().Count();
            var cast = db.Database.IsSqlite() ? "" : "::integer";
            var sql = $"SELECT COUNT(*){cast} AS \"Value\" FROM \"{entity.GetTableName()}\"";
            var rows = await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
            Assert.True(count == rows, $"{entity.GetTableName()}: {count} of {rows} rows read");
        }
    }

    /// <summary>The counters agree with the refunds they count (the Counters migration backfills them).</summary>
    private static async Task AssertRefundTotalsCountEveryRefundAsync(PartnerHelpDbContext db)
    {
        var refunds = (await db.Refunds.AsNoTracking().ToListAsync())
            .GroupBy(r => (Status: r.Status.ToString(), r.Currency))
            .ToDictionary(g => g.Key, g => (Count: (long)g.Count(), Hundredths: g.Sum(r => ChangeCounters.Hundredths(r.Amount))));
        var totals = (await db.RefundTotals.AsNoTracking().ToListAsync())
            .GroupBy(t => (t.Status, t.Currency))
            .ToDictionary(g => g.Key, g => (Count: g.Sum(t => t.Count), Hundredths: g.Sum(t => t.AmountHundredths)));
        Assert.Equal(refunds.OrderBy(r => r.Key), totals.Where(t => t.Value != (0, 0)).OrderBy(t => t.Key));
    }

    /// <summary>The rows the scripts' schema marked as demo data kept at an age: kind, id, age, version.</summary>
    private static List<string> DemoAgeDays(Dictionary<string, List<Dictionary<string, string>>> rows)
    {
        var kinds = new Dictionary<string, (string Kind, bool Versioned)>(StringComparer.Ordinal)
        {
            ["membership_orders"] = ("MembershipOrder", true),
            ["csp_subscriptions"] = ("CspSubscription", true),
            ["reservations"] = ("Reservation", true),
            ["service_incidents"] = ("ServiceIncident", false),
            ["store_orders"] = ("StoreOrder", false),
        };
        return [.. rows.Where(t => kinds.ContainsKey(t.Key)).SelectMany(t => t.Value
            .Where(r => r["DemoAgeDays"] != "∅")
            .Select(r => $"{kinds[t.Key].Kind}|{r["Id"]}|{r["DemoAgeDays"]}|{(kinds[t.Key].Versioned ? r["Version"] : "∅")}"))
            .Order(StringComparer.Ordinal)];
    }

    private static List<string> DemoRecords(Dictionary<string, List<Dictionary<string, string>>> rows) =>
        [.. rows["demo_items"].Select(r => $"{r["Kind"]}|{r["ItemId"]}|{r["AgeDays"]}|{r["Version"]}").Order(StringComparer.Ordinal)];

    private static List<string> Lines(List<Dictionary<string, string>> rows, string[] columns) =>
        [.. rows.Select(r => string.Join("|", columns.Select(c => $"{c}={r[c]}"))).Order(StringComparer.Ordinal)];

    private static string AllTables(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? "SELECT name FROM sqlite_master WHERE type = 'table'"
        : "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'";

    private async Task<DatabaseOptions> NewDatabaseAsync(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? TestDatabases.SqliteFile(_folder.File($"{Guid.NewGuid():N}.db"))
        : new DatabaseOptions { Provider = provider, ConnectionString = await postgres.NewDatabaseAsync() };
}

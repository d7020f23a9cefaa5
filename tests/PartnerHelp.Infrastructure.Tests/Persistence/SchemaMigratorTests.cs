using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.Persistence;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task MigrateAsync_CreatesTheNewestSchema_WhenDatabaseIsNew()
    {
        var database = TestDatabases.SqliteFile(_folder.File("new.db"));

        var version = await TestDatabases.MigrateAsync(database);

        Assert.Equal(SchemaScripts.For(DatabaseProvider.Sqlite).Count, version);
        var tables = SqliteSchema.Describe(_folder.File("new.db"));
        Assert.Contains(tables, line => line.StartsWith("membership_orders.Version", StringComparison.Ordinal));
        Assert.Contains(tables, line => line.StartsWith("outbox_messages.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MigrateAsync_ChangesNothing_WhenRunAgain()
    {
        var database = TestDatabases.SqliteFile(_folder.File("twice.db"));
        await TestDatabases.MigrateAsync(database);
        var before = SqliteSchema.Describe(_folder.File("twice.db"));

        var version = await TestDatabases.MigrateAsync(database);

        Assert.Equal(before, SqliteSchema.Describe(_folder.File("twice.db")));
        await using var db = TestDatabases.Context(database);
        await db.Database.OpenConnectionAsync();
        Assert.Equal(version, await SchemaMigrator.CurrentVersionAsync(db.Database.GetDbConnection()));
    }

    [Fact]
    public async Task MigrateAsync_ProducesExactlyTheModelsSchema_WhenEveryScriptIsApplied()
    {
        var migrated = _folder.File("migrated.db");
        var fromModel = _folder.File("model.db");
        await TestDatabases.MigrateAsync(TestDatabases.SqliteFile(migrated));
        await using (var db = TestDatabases.Context(TestDatabases.SqliteFile(fromModel)))
        {
            await db.Database.EnsureCreatedAsync();
        }

        Assert.Equal(SqliteSchema.Describe(fromModel), SqliteSchema.Describe(migrated, "schema_history"));
    }

    [Fact]
    public async Task MigrateAsync_UpgradesTheFirstReleasedSchema_WithoutLosingData()
    {
        var path = _folder.File("v1.db");
        SqliteSchema.Execute(path, await File.ReadAllTextAsync(RepoPaths.Combine("tests", "PartnerHelp.Infrastructure.Tests", "Persistence", "Fixtures", "schema-v1.sqlite.sql")));
        var v1Columns = Columns(path);
        var before = Snapshot(path, v1Columns);

        var version = await TestDatabases.MigrateAsync(TestDatabases.SqliteFile(path));

        Assert.Equal(SchemaScripts.For(DatabaseProvider.Sqlite).Count, version);
        Assert.Equal(before, Snapshot(path, v1Columns));
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Assert.Equal(["MembershipOrder"], SqliteSchema.Query(connection, "SELECT DISTINCT \"Subject\" FROM refunds"));
            // 0009 counts the refunds already there: RF-CT-1008, 475.0 USD, Processing.
            Assert.Equal(["Processing/USD/1/47500"], SqliteSchema.Query(connection, "SELECT \"Status\" || '/' || \"Currency\" || '/' || \"Count\" || '/' || \"AmountHundredths\" FROM refund_totals"));
            Assert.Empty(SqliteSchema.Query(connection, "SELECT * FROM pragma_foreign_key_check"));
        }
        Assert.Equal(SqliteSchema.Describe(_folder.File("v1.db"), "schema_history"), await ModelSchemaAsync());
    }

    [Fact]
    public async Task MigrateAsync_Refuses_WhenDatabaseIsNewerThanThisBuild()
    {
        var database = TestDatabases.SqliteFile(_folder.File("future.db"));
        await TestDatabases.MigrateAsync(database);
        SqliteSchema.Execute(_folder.File("future.db"), "INSERT INTO schema_history (version, name, applied_at) VALUES (999, '0999_future', 'x')");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestDatabases.MigrateAsync(database));

        Assert.Contains("999", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void For_NumbersScriptsFromOneWithoutGaps(DatabaseProvider provider)
    {
        var scripts = SchemaScripts.For(provider);

        Assert.Equal(Enumerable.Range(1, scripts.Count), scripts.Select(s => s.Version));
        Assert.Equal(SchemaScripts.For(DatabaseProvider.Sqlite).Select(s => s.Name), scripts.Select(s => s.Name));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<IReadOnlyList<string>> ModelSchemaAsync()
    {
        var path = _folder.File($"model-{Guid.NewGuid():N}.db");
        await using var db = TestDatabases.Context(TestDatabases.SqliteFile(path));
        await db.Database.EnsureCreatedAsync();
        return SqliteSchema.Describe(path);
    }

    private static readonly string[] DataTables = ["AspNetUsers", "AspNetUserRoles", "partners", "membership_orders", "refunds", "refund_transitions", "outbox_messages"];

    /// <summary>The columns each data table has now.</summary>
    private static Dictionary<string, string> Columns(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return DataTables.ToDictionary(t => t, t => string.Join(", ", SqliteSchema.Query(connection, $"SELECT '\"' || name || '\"' FROM pragma_table_info('{t}') ORDER BY cid")));
    }

    /// <summary>Every row of the tables that hold partner data, in the given columns, as text.</summary>
    private static IReadOnlyList<string> Snapshot(string path, Dictionary<string, string> columns)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var rows = new List<string>();
        foreach (var table in DataTables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {columns[table]} FROM \"{table}\" ORDER BY 1, 2";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(table + ":" + string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : reader.GetValue(i).ToString())));
            }
        }

        return rows;
    }
}

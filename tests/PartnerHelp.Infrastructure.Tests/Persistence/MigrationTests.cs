using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Tests.PostgreSql;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.Persistence;

/// <summary>EF Core migrations per provider (Persistence/Migrations/{provider}) against the model and on real databases.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MigrationTests(PostgresFixture postgres) : IDisposable
{
    private readonly TempDirectory _folder = new();

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    /// <summary>
    /// Fails when an entity or its mapping changed without a migration: run <c>./scripts/add-migration.sh Name</c>, which
    /// writes one for each provider (and add by hand any backfill the change needs).
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_HasNoChangesThatNoMigrationCovers(DatabaseProvider provider)
    {
        using var db = TestDatabases.Context(Offline(provider));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes no {provider} migration covers: run ./scripts/add-migration.sh.");
    }

    [Fact]
    public void Providers_HaveTheSameMigrations_EachInItsOwnNamespace()
    {
        using var sqlite = TestDatabases.Context(Offline(DatabaseProvider.Sqlite));
        using var postgres = TestDatabases.Context(Offline(DatabaseProvider.PostgreSql));

        Assert.Equal(sqlite.Database.GetMigrations(), postgres.Database.GetMigrations());
        Assert.Equal(LegacySchemaHistory.Migrations, sqlite.Database.GetMigrations().Take(LegacySchemaHistory.Migrations.Count));
        Assert.EndsWith(".Sqlite", sqlite.GetService<IMigrationsAssembly>().ModelSnapshot!.GetType().Namespace, StringComparison.Ordinal);
        Assert.EndsWith(".PostgreSql", postgres.GetService<IMigrationsAssembly>().ModelSnapshot!.GetType().Namespace, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MigrateAsync_CreatesExactlyTheModelsSchema_OnANewDatabase(DatabaseProvider provider)
    {
        var migrated = await NewDatabaseAsync(provider);
        var fromModel = await NewDatabaseAsync(provider);
        await TestDatabases.MigrateAsync(migrated);
        await using (var db = TestDatabases.Context(fromModel))
        {
            await db.Database.EnsureCreatedAsync();
        }

        DatabaseSnapshot.AssertSame(await DatabaseSnapshot.SchemaAsync(fromModel), await DatabaseSnapshot.SchemaAsync(migrated));
        await using var check = TestDatabases.Context(migrated);
        Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MigrateAsync_ChangesNothing_WhenRunAgain(DatabaseProvider provider)
    {
        var database = await NewDatabaseAsync(provider);
        await TestDatabases.MigrateAsync(database);
        var before = await DatabaseSnapshot.SchemaAsync(database);

        await TestDatabases.MigrateAsync(database);

        Assert.Equal(before, await DatabaseSnapshot.SchemaAsync(database));
    }

    [Fact]
    public async Task MigrateAsync_Refuses_WhenScriptHistoryIsNewerThanAnyReleasedScript()
    {
        var database = await NewDatabaseAsync(DatabaseProvider.Sqlite);
        await LegacyDatabase.CreateAsync(postgres: false, database.ConnectionString, LegacyDatabase.NewestVersion, withRows: false);
        SqliteSchema.Execute(TestDatabases.SqlitePath(database), "INSERT INTO schema_history (version, name, applied_at) VALUES (11, '0011_unknown', 'x')");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestDatabases.MigrateAsync(database));

        Assert.Contains("11", error.Message, StringComparison.Ordinal);
        Assert.Contains(LegacySchemaHistory.TableName, await DatabaseSnapshot.QueryAsync(database, "SELECT name FROM sqlite_master WHERE type = 'table'"));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<DatabaseOptions> NewDatabaseAsync(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? TestDatabases.SqliteFile(_folder.File($"{Guid.NewGuid():N}.db"))
        : new DatabaseOptions { Provider = provider, ConnectionString = await postgres.NewDatabaseAsync() };

    private static DatabaseOptions Offline(DatabaseProvider provider) => new()
    {
        Provider = provider,
        ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=offline",
    };
}

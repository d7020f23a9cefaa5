using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Tests.Persistence;

/// <summary>Builds contexts over real database files (or a real PostgreSQL) for tests.</summary>
internal static class TestDatabases
{
    public static DatabaseOptions SqliteFile(string path) =>
        new() { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path};Pooling=False" };

    public static PartnerHelpDbContext Context(DatabaseOptions database)
    {
        var builder = new DbContextOptionsBuilder<PartnerHelpDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, database);
        return new PartnerHelpDbContext(builder.Options);
    }

    public static async Task<int> MigrateAsync(DatabaseOptions database)
    {
        await using var db = Context(database);
        return await new SchemaMigrator(db, database, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
    }
}

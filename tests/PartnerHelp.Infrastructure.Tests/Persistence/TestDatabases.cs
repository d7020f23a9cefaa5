using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>Brings the database to this build's schema as the site's start-up does.</summary>
    public static async Task MigrateAsync(DatabaseOptions database)
    {
        await using var db = Context(database);
        await DatabaseSchema.MigrateAsync(db);
    }

    /// <summary>The SQLite file behind <paramref name="database"/>.</summary>
    public static string SqlitePath(DatabaseOptions database) => new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
}

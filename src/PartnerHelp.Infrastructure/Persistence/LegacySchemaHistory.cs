using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>
/// Databases made before EF Core migrations: earlier builds applied numbered SQL scripts (versions 1 to 10) and recorded
/// them in <c>schema_history</c>. Migrations 1 to 10 of each provider were generated from the model as it was when that
/// script landed, so a database at script version N has exactly the schema of the first N migrations. Adopting it
/// records those N in <c>__EFMigrationsHistory</c> and drops <c>schema_history</c>, in one transaction; EF Core then
/// applies the rest as on any other database, data backfills included.
/// </summary>
public static class LegacySchemaHistory
{
    /// <summary>The table the scripts recorded their versions in.</summary>
    public const string TableName = "schema_history";

    /// <summary>The migration that reproduces each script version: version N is element N - 1.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        "20261122000001_Initial",
        "20261122000002_SupportTickets",
        "20261122000003_BackgroundJobs",
        "20261122000004_Bot",
        "20261122000005_RefundPaths",
        "20261122000006_DataProtectionKeys",
        "20261122000007_CreditReview",
        "20261122000008_ScaleIndexes",
        "20261122000009_Counters",
        "20261201000010_DemoState",
    ];

    /// <summary>Records the script versions of a script-made database as applied migrations; does nothing on any other.</summary>
    public static async Task AdoptAsync(PartnerHelpDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var database = db.Database;
        var exists = database.IsSqlite()
            ? $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{TableName}'"
            : $"SELECT COUNT(*)::integer AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{TableName}'";
        if (await database.SqlQueryRaw<int>(exists).SingleAsync(cancellationToken) == 0)
        {
            return;
        }

        var versions = await database.SqlQueryRaw<int>($"SELECT version AS \"Value\" FROM {TableName} ORDER BY version").ToListAsync(cancellationToken);
        if (!versions.SequenceEqual(Enumerable.Range(1, versions.Count)) || versions.Count > Migrations.Count)
        {
            throw new InvalidOperationException(
                $"{TableName} records script versions {string.Join(", ", versions)}; this build adopts 1 to {Migrations.Count} in order only.");
        }

        var history = db.GetService<IHistoryRepository>();
        var productVersion = string.Create(CultureInfo.InvariantCulture, $"script {versions.Count}");
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        foreach (var migration in Migrations.Take(versions.Count))
        {
            await database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(migration, productVersion)), cancellationToken);
        }

        await database.ExecuteSqlRawAsync($"DROP TABLE {TableName}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

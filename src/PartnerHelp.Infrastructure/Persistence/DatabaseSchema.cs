using Microsoft.EntityFrameworkCore;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>
/// Brings a database to this build's schema with EF Core migrations (<c>Persistence/Migrations/{provider}</c>). A
/// database made by the numbered SQL scripts of earlier builds is adopted first (<see cref="LegacySchemaHistory"/>), so
/// it receives only the migrations after the script version it already has. Callers that may run concurrently (nodes
/// starting together) hold <see cref="StartupLock"/> around it.
/// </summary>
public static class DatabaseSchema
{
    /// <summary>Adopts a script-made database, then applies the pending migrations, if any.</summary>
    public static async Task MigrateAsync(PartnerHelpDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await LegacySchemaHistory.AdoptAsync(db, cancellationToken);

        // Migrate also diffs the code's model against the snapshot, which builds the model from code: skip it when
        // nothing is pending (every start after the first), so the SQLite site keeps starting on its compiled model.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}

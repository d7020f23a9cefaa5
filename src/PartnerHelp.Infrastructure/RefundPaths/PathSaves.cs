using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>How every refund-path action commits: all of its changes or none.</summary>
internal static class PathSaves
{
    /// <summary>
    /// Saves the pending changes and answers <paramref name="done"/>; when the save loses to another writer (a version
    /// token or a unique key), forgets the changes and answers <paramref name="conflict"/>, so nothing half-done stays
    /// tracked in the request's context.
    /// </summary>
    public static async Task<PathActionResult> SaveOrConflictAsync(this PartnerHelpDbContext db, PathActionResult done, PathActionResult conflict, CancellationToken cancellationToken) =>
        await db.TrySaveChangesAsync(cancellationToken) ? done : conflict;
}

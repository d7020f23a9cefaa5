using Microsoft.EntityFrameworkCore;

namespace PartnerHelp.Infrastructure.Persistence.Counters;

/// <summary>Reads a partner's data version: one primary-key lookup, compiled once.</summary>
public static class PartnerVersions
{
    private static readonly Func<PartnerHelpDbContext, string, CancellationToken, Task<long>> Lookup =
        EF.CompileAsyncQuery((PartnerHelpDbContext db, string partnerId, CancellationToken _) =>
            db.PartnerVersions.Where(v => v.PartnerId == partnerId).Select(v => v.Version).FirstOrDefault());

    /// <summary>The version of <paramref name="partnerId"/>'s data (0 before its first change).</summary>
    public static Task<long> ReadAsync(PartnerHelpDbContext db, string partnerId, CancellationToken cancellationToken) =>
        Lookup(db, partnerId, cancellationToken);
}

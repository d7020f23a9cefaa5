using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Partners;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>Loads the requester's partner: every refund-path query starts here, so nobody sees another partner's data.</summary>
public sealed class PartnerContext(PartnerHelpDbContext db)
{
    /// <summary>The requester's partner, or null for operators and anonymous visitors.</summary>
    public async Task<Partner?> ForAsync(Requester requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        return requester.PartnerId is null
            ? null
            : await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == requester.PartnerId, cancellationToken);
    }
}

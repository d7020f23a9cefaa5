using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Identity;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Web.Accounts;

/// <summary>Puts the user's partner (id and name) and display name into the sign-in cookie.</summary>
public sealed class PartnerClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    PartnerHelpDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PartnerId is not null)
        {
            identity.AddClaim(new Claim(PartnerClaimTypes.PartnerId, user.PartnerId));

            // The header names the partner on every page: read it once at sign-in, not per request.
            var name = await db.Partners.AsNoTracking().Where(p => p.Id == user.PartnerId).Select(p => p.Name).SingleOrDefaultAsync();
            if (name is not null)
            {
                identity.AddClaim(new Claim(PartnerClaimTypes.PartnerName, name));
            }
        }

        identity.AddClaim(new Claim(PartnerClaimTypes.DisplayName, user.DisplayName));
        return identity;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Identity;

namespace PartnerHelp.Web.Accounts;

/// <summary>Puts the user's partner and display name into the sign-in cookie.</summary>
public sealed class PartnerClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PartnerId is not null)
        {
            identity.AddClaim(new Claim(PartnerClaimTypes.PartnerId, user.PartnerId));
        }

        identity.AddClaim(new Claim(PartnerClaimTypes.DisplayName, user.DisplayName));
        return identity;
    }
}

using System.Security.Claims;
using PartnerHelp.Core.Accounts;

namespace PartnerHelp.Web.Accounts;

/// <summary>Turns the signed-in principal into the domain's <see cref="Requester"/>.</summary>
public static class ClaimsPrincipalExtensions
{
    /// <summary>The requester behind <paramref name="principal"/> (anonymous when not signed in).</summary>
    public static Requester ToRequester(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Requester.Anonymous;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Requester(principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.FindFirstValue(PartnerClaimTypes.PartnerId), roles);
    }

    /// <summary>The name shown in the header.</summary>
    public static string? DisplayName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(PartnerClaimTypes.DisplayName) ?? principal.Identity?.Name;

    /// <summary>The name of the user's partner organisation, when they belong to one.</summary>
    public static string? PartnerName(this ClaimsPrincipal principal) => principal.FindFirstValue(PartnerClaimTypes.PartnerName);
}

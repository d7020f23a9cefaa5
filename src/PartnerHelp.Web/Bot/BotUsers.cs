using Microsoft.AspNetCore.Identity;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Identity;

namespace PartnerHelp.Web.Bot;

/// <summary>
/// Turns the user a conversation belongs to back into a <see cref="Requester"/>, reading partner and roles
/// afresh on every message so a revoked role or removed user takes effect at once.
/// </summary>
public sealed class BotUsers(UserManager<ApplicationUser> users)
{
    /// <summary>The requester and display name for <paramref name="userId"/> (anonymous when null or gone).</summary>
    public async Task<(Requester Requester, string? DisplayName)> ResolveAsync(string? userId)
    {
        if (userId is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return (Requester.Anonymous, null);
        }

        var roles = await users.GetRolesAsync(user);
        return (new Requester(user.Id, user.PartnerId, roles.ToHashSet(StringComparer.Ordinal)), user.DisplayName);
    }
}

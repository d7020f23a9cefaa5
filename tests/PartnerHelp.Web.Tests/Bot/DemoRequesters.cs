using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Identity;

namespace PartnerHelp.Web.Tests.Bot;

/// <summary>A demo user as the bot sees them: id, partner and roles read from the site's user store.</summary>
public static class DemoRequesters
{
    public static async Task<Requester> ForAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No demo user {email}.");
        return new Requester(user.Id, user.PartnerId, (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal));
    }
}

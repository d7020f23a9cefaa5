using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Identity;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Testing;

/// <summary>Adds a real user through Identity, for cases the demo users do not cover (e.g. a CSP agent of another partner).</summary>
public static class SiteUsers
{
    public static async Task CreateAsync(PartnerHelpFactory factory, string email, string partnerId, params string[] roles)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, PartnerId = partnerId, DisplayName = "Test Agent", EmailConfirmed = true };
        var created = await users.CreateAsync(user, SiteSignIn.DemoPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
    }
}

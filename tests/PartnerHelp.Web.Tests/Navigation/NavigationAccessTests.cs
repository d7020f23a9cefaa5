using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Identity;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Navigation;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Navigation;

/// <summary>
/// The side navigation's policy checks answer as the authorization service does, for the demo users (their real
/// principals, as sign-in makes them) and for principals that fail a policy part-way.
/// </summary>
public sealed class NavigationAccessTests(SharedSite site) : IClassFixture<SharedSite>
{
    private static readonly string[] Policies = [AccessPolicies.PartnerMember, AccessPolicies.CspAgent, AccessPolicies.Operator];

    [Theory]
    [InlineData("admin@contoso.example", true, false, false)]
    [InlineData("user@contoso.example", true, false, false)]
    [InlineData("admin@fabrikam.example", true, false, false)]
    [InlineData("agent@northwind.example", true, true, false)]
    [InlineData("ops@partnerhelp.example", false, false, true)]
    public async Task AllowsAsync_AnswersAsTheAuthorizationService_ForEachDemoUser(string email, bool member, bool agent, bool operatorRole)
    {
        using var scope = site.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No demo user {email}.");
        var principal = await signIn.CreateUserPrincipalAsync(user);

        var answers = await AnswersAsync(scope.ServiceProvider, principal);

        Assert.Equal([member, agent, operatorRole], answers);
        Assert.Equal(await ServiceAnswersAsync(scope.ServiceProvider, principal), answers);
    }

    public static TheoryData<string, ClaimsPrincipal> PartialPrincipals => new()
    {
        { "anonymous", new ClaimsPrincipal(new ClaimsIdentity()) },
        { "signed in, no partner", Principal(authenticated: true) },
        { "partner claim, not signed in", Principal(authenticated: false, new Claim(PartnerClaimTypes.PartnerId, "contoso"), new Claim(ClaimTypes.Role, PartnerRoles.AdminAgent)) },
        { "agent role, no partner", Principal(authenticated: true, new Claim(ClaimTypes.Role, PartnerRoles.AdminAgent)) },
        { "partner, no agent role", Principal(authenticated: true, new Claim(PartnerClaimTypes.PartnerId, "contoso"), new Claim(ClaimTypes.Role, PartnerRoles.MpnAdmin)) },
        { "operator role, not signed in", Principal(authenticated: false, new Claim(ClaimTypes.Role, PartnerRoles.Operator)) },
    };

    [Theory]
    [MemberData(nameof(PartialPrincipals))]
    public async Task AllowsAsync_AnswersAsTheAuthorizationService_ForPartialPrincipals(string name, ClaimsPrincipal principal)
    {
        using var scope = site.Factory.Services.CreateScope();

        var answers = await AnswersAsync(scope.ServiceProvider, principal);

        var expected = await ServiceAnswersAsync(scope.ServiceProvider, principal);
        Assert.True(expected.SequenceEqual(answers), $"{name}: service {string.Join(',', expected)}, navigation {string.Join(',', answers)}");
    }

    [Fact]
    public async Task AllowsAsync_Throws_WhenThePolicyIsUnknown()
    {
        using var scope = site.Factory.Services.CreateScope();
        var access = scope.ServiceProvider.GetRequiredService<NavigationAccess>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => access.AllowsAsync(new ClaimsPrincipal(new ClaimsIdentity()), "NoSuchPolicy"));
    }

    private static async Task<List<bool>> AnswersAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        var access = services.GetRequiredService<NavigationAccess>();
        var answers = new List<bool>();
        foreach (var policy in Policies)
        {
            answers.Add(await access.AllowsAsync(principal, policy));
        }

        return answers;
    }

    private static async Task<List<bool>> ServiceAnswersAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        var service = services.GetRequiredService<IAuthorizationService>();
        var answers = new List<bool>();
        foreach (var policy in Policies)
        {
            answers.Add((await service.AuthorizeAsync(principal, policy)).Succeeded);
        }

        return answers;
    }

    private static ClaimsPrincipal Principal(bool authenticated, params Claim[] claims) =>
        new(new ClaimsIdentity(claims, authenticated ? "Test" : null));
}

using System.Net;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages;

/// <summary>SPEC 7 for the refund-path pages: anonymous → sign-in in the same culture, operator → 403.</summary>
public sealed class RefundPathsAccessTests(SharedSite site) : IClassFixture<SharedSite>
{
    public static TheoryData<string> PathPages() => new()
    {
        "/en/subscriptions",
        "/vi/subscriptions/NW-SUB-1002/end",
        "/sv/subscriptions/credits.csv",
        "/en/credit-requests",
        "/sv/credit-requests/new",
    };

    [Theory]
    [MemberData(nameof(PathPages))]
    public async Task Page_RedirectsToSignIn_WhenAnonymous(string path)
    {
        using var session = await SiteSession.StartAsync(site.Factory);

        var (response, _) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/{path.Split('/')[1]}/account/sign-in?returnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PathPages))]
    public async Task Page_IsForbidden_WhenOperator(string path)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "ops@partnerhelp.example");

        var (response, _) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("agent@northwind.example", true)]
    [InlineData("admin@contoso.example", true)]
    [InlineData("ops@partnerhelp.example", false)]
    public async Task Navigation_ShowsTheNewWorkspaces_ToPartnerMembersOnly(string email, bool shown)
    {
        using var session = await SiteSession.StartAsync(site.Factory, email);

        var (_, document) = await session.GetAsync("/en");

        Assert.Equal(shown, document.QuerySelector("a[data-nav='Nav_Subscriptions'][href='/en/subscriptions']") is not null);
        Assert.Equal(shown, document.QuerySelector("a[data-nav='Nav_CreditRequests'][href='/en/credit-requests']") is not null);
    }
}

using System.Net;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages;

/// <summary>SPEC 7: anonymous → sign-in, operator → 403 on partner pages, another partner's id → 404.</summary>
public sealed class AccessTests(SharedSite site) : IClassFixture<SharedSite>
{
    public static TheoryData<string> PartnerPages() => new()
    {
        "/en/memberships",
        "/vi/memberships/CT-1001/cancel",
        "/sv/memberships/CT-1008/cancelled",
        "/en/orders/CT-1002",
        "/sv/tickets",
        "/vi/tickets/new?order=CT-1005",
    };

    [Theory]
    [MemberData(nameof(PartnerPages))]
    public async Task PartnerPage_RedirectsToSignInInTheSameCulture_WhenAnonymous(string path)
    {
        using var session = await SiteSession.StartAsync(site.Factory);

        var (response, _) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var culture = path.Split('/')[1];
        Assert.Equal($"/{culture}/account/sign-in?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(PartnerPages))]
    public async Task PartnerPage_IsForbiddenWithLocalizedPage_WhenOperator(string path)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "ops@partnerhelp.example");

        var (response, document) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var expected = path.Split('/')[1] switch { "vi" => "Truy cập bị từ chối", "sv" => "Åtkomst nekad", _ => "Access denied" };
        Assert.Equal(expected, document.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/en/orders/FB-2001")]
    [InlineData("/en/orders/NW-3001")]
    [InlineData("/en/orders/CT-9999")]
    [InlineData("/en/orders/not-an-order")]
    [InlineData("/en/memberships/FB-2001/cancel")]
    [InlineData("/en/memberships/CT-1001/cancelled")]
    [InlineData("/en/tickets/new?order=FB-2001")]
    [InlineData("/en/tickets/new?order=CT-0000")]
    public async Task PartnerPage_IsNotFound_WhenTheIdIsAnotherPartnersOrUnknown(string path)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (response, document) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", document.QuerySelector("main h1")!.TextContent.Trim());
        Assert.DoesNotContain("FB-2001", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en")]
    [InlineData("/sv/refund-criteria")]
    public async Task PublicPage_IsOpen_WhenAnonymousOrOperator(string path)
    {
        using var anonymous = await SiteSession.StartAsync(site.Factory);
        using var operatorSession = await SiteSession.StartAsync(site.Factory, "ops@partnerhelp.example");

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorSession.GetAsync(path)).Response.StatusCode);
    }

    [Fact]
    public async Task UnknownCulture_IsNotFound()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (response, _) = await session.GetAsync("/xx/memberships");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

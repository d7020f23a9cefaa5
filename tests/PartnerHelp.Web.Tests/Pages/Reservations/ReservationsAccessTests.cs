using System.Net;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Reservations;

/// <summary>SPEC 7 for reservations: CSP agents only; partner members without the role are told who can; operators 403; anonymous → sign-in.</summary>
public sealed class ReservationsAccessTests(SharedSite site) : IClassFixture<SharedSite>
{
    public static TheoryData<string> AgentPages() => new()
    {
        "/en/reservations",
        "/vi/reservations/customers/c-tailspin",
        $"/sv/reservations/{ReservationData.Vm}",
        $"/en/reservations/{ReservationData.Vm}/return",
        $"/en/reservations/{ReservationData.Sql}/exchange",
    };

    [Theory]
    [MemberData(nameof(AgentPages))]
    public async Task Page_RedirectsToSignIn_WhenAnonymous(string path)
    {
        using var session = await SiteSession.StartAsync(site.Factory);

        var (response, _) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/{path.Split('/')[1]}/account/sign-in?returnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AgentPages))]
    public async Task Page_IsForbiddenWithLocalizedPage_WhenOperator(string path)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "ops@partnerhelp.example");

        var (response, document) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var expected = path.Split('/')[1] switch { "vi" => "Truy cập bị từ chối", "sv" => "Åtkomst nekad", _ => "Access denied" };
        Assert.Equal(expected, document.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "Only an Admin agent, Helpdesk agent, Sales agent or User management admin of a CSP partner can manage customers' Azure reservations")]
    [InlineData("vi", "Chỉ Admin agent, Helpdesk agent, Sales agent hoặc User management admin của đối tác CSP")]
    [InlineData("sv", "Endast en Admin agent, Helpdesk agent, Sales agent eller User management admin hos en CSP-partner")]
    public async Task Index_ExplainsWhoCanWith403_WhenPartnerMemberHasNoAgentRole(string culture, string expected)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (response, document) = await session.GetAsync($"/{culture}/reservations");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(expected, document.QuerySelector("#not-an-agent")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("#customers"));
    }

    [Theory]
    [InlineData("/en/reservations/customers/c-tailspin")]
    [InlineData($"/en/reservations/{ReservationData.Vm}")]
    public async Task DeeperPage_IsForbidden_WhenPartnerMemberHasNoAgentRole(string path)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "user@contoso.example");

        var (response, _) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/en/reservations/customers/c-unknown")]
    [InlineData("/en/reservations/customers/contoso")]
    [InlineData("/en/reservations/00000000-0000-0000-0000-000000000000")]
    [InlineData("/en/reservations/00000000-0000-0000-0000-000000000000/return")]
    [InlineData("/en/reservations/not-a-reservation/exchange")]
    public async Task Page_IsNotFound_WhenTheIdIsUnknown(string path)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "agent@northwind.example");

        var (response, document) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", document.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Nav_ShowsReservationsToAgentsOnly_AndStoreOrdersToMembers()
    {
        using var agent = await SiteSession.StartAsync(site.Factory, "agent@northwind.example");
        using var member = await SiteSession.StartAsync(site.Factory, "user@contoso.example");
        using var operatorSession = await SiteSession.StartAsync(site.Factory, "ops@partnerhelp.example");

        var (_, agentPage) = await agent.GetAsync("/sv");
        var (_, memberPage) = await member.GetAsync("/en");
        var (_, operatorPage) = await operatorSession.GetAsync("/en");

        Assert.Equal("Azure-reservationer", agentPage.QuerySelector("[data-nav='Nav_Reservations']")!.TextContent.Trim());
        Assert.Equal("/sv/reservations", agentPage.QuerySelector("[data-nav='Nav_Reservations']")!.GetAttribute("href"));
        Assert.Equal("Butiksbeställningar", agentPage.QuerySelector("[data-nav='Nav_StoreOrders']")!.TextContent.Trim());
        Assert.Null(memberPage.QuerySelector("[data-nav='Nav_Reservations']"));
        Assert.Equal("/en/store-orders", memberPage.QuerySelector("[data-nav='Nav_StoreOrders']")!.GetAttribute("href"));
        Assert.Null(operatorPage.QuerySelector("[data-nav='Nav_Reservations']"));
        Assert.Null(operatorPage.QuerySelector("[data-nav='Nav_StoreOrders']"));
    }
}

using System.Globalization;
using System.Net;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Orders;

/// <summary>Order detail: facts, eligibility and the refund timeline with dates in the culture's format.</summary>
public sealed class DetailTests(SharedSite site) : IClassFixture<SharedSite>
{
    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    [InlineData("sv")]
    [InlineData("de")]
    public async Task Detail_ShowsTheRefundTimelineWithCultureDates_WhenOrderCancelled(string culture)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (response, document) = await session.GetAsync($"/{culture}/orders/CT-1008");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reached = document.QuerySelectorAll(".timeline__step--reached").Select(s => s.GetAttribute("data-step")).ToList();
        Assert.Equal(["Requested", "Processing"], reached);
        var requested = document.QuerySelector("[data-step='Requested'] time")!;
        var at = DateTimeOffset.Parse(requested.GetAttribute("datetime")!, CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.FromDateTime(at.UtcDateTime).ToString("D", CultureInfo.GetCultureInfo(culture)), requested.TextContent.Trim());
        Assert.Equal("Processing", document.QuerySelector("[data-refund-progress]")!.GetAttribute("data-refund-status"));
        Assert.NotNull(document.QuerySelector("script[src^='/js/refund-progress.js']"));
    }

    [Fact]
    public async Task Detail_ShowsCancelButton_WhenEligible()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (_, document) = await session.GetAsync("/sv/orders/CT-1001");

        Assert.Equal("SelfServeCancel", document.QuerySelector("[data-outcome]")!.GetAttribute("data-outcome"));
        Assert.Equal("/sv/memberships/CT-1001/cancel", document.QuerySelector("a[data-cancel-order]")!.GetAttribute("href"));
        Assert.Null(document.QuerySelector("[data-refund-progress]"));
    }

    [Fact]
    public async Task Detail_ShowsReasonsAndAskWhy_WhenNotEligible()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "user@contoso.example");

        var (_, document) = await session.GetAsync("/vi/orders/CT-1007");

        var codes = document.QuerySelectorAll("section[aria-labelledby='detail-eligibility'] [data-reason]").Select(r => r.GetAttribute("data-reason")).ToList();
        Assert.Equal(["PurchaseWindowExpired", "BenefitsActivated", "PaymentNotCreditCard", "NotMpnAdmin"], codes);
        Assert.Equal("CT-1007", document.QuerySelector("button.ask-why")!.GetAttribute("data-ask-order"));
        Assert.Null(document.QuerySelector("a[data-cancel-order]"));
    }
}

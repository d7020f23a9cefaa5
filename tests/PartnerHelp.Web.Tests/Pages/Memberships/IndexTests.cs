using System.Net;
using AngleSharp.Dom;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Memberships;

/// <summary>The memberships workspace: which Cancel buttons are on, and the reasons shown for the others (SPEC 6 table).</summary>
public sealed class IndexTests(SharedSite site) : IClassFixture<SharedSite>
{
    [Fact]
    public async Task Memberships_EnablesCancelOnlyForCT1001_WhenContosoAdmin()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (_, document) = await session.GetAsync("/en/memberships");

        var enabled = document.QuerySelectorAll("a[data-cancel-order]").Select(a => a.GetAttribute("data-cancel-order")).ToList();
        var disabled = document.QuerySelectorAll("button[data-cancel-order][disabled]").Select(b => b.GetAttribute("data-cancel-order")).Order().ToList();
        Assert.Equal(["CT-1001"], enabled);
        Assert.Equal(["CT-1002", "CT-1003", "CT-1004", "CT-1005", "CT-1006", "CT-1007"], disabled);
        Assert.Equal("/en/memberships/CT-1001/cancel", document.QuerySelector("a[data-cancel-order]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("CT-1002", "PurchaseWindowExpired")]
    [InlineData("CT-1003", "BenefitsActivated")]
    [InlineData("CT-1004", "ProductKeysViewed")]
    [InlineData("CT-1005", "PaymentNotCreditCard")]
    [InlineData("CT-1006", "UpgradedWithGoldDiscount")]
    [InlineData("CT-1007", "PurchaseWindowExpired,BenefitsActivated,PaymentNotCreditCard")]
    [InlineData("CT-1008", "AlreadyCancelled")]
    public async Task Memberships_ShowsEveryReasonInThePageText_WhenContosoAdmin(string orderId, string codes)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (_, document) = await session.GetAsync("/en/memberships");

        var card = Card(document, orderId);
        Assert.Equal(codes.Split(','), card.QuerySelectorAll("[data-reason]").Select(r => r.GetAttribute("data-reason")));
        Assert.All(card.QuerySelectorAll("[data-reason] .reasons__text"), text => Assert.False(string.IsNullOrWhiteSpace(text.TextContent)));
    }

    [Fact]
    public async Task Memberships_ExplainsTheWindowWithItsFacts_InSwedish()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (_, document) = await session.GetAsync("/sv/memberships");

        var text = Card(document, "CT-1002").QuerySelector("[data-reason='PurchaseWindowExpired']")!.TextContent;
        Assert.Contains("Köpt för 45 dagar sedan", text, StringComparison.Ordinal);
        Assert.Contains("inom 30 dagar", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Memberships_OffersAPrefilledTicketAndAskWhy_WhenWireTransfer()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (_, document) = await session.GetAsync("/vi/memberships");

        var card = Card(document, "CT-1005");
        var ticket = card.QuerySelector("a[data-ticket-order]")!;
        Assert.Equal("/vi/tickets/new?order=CT-1005", ticket.GetAttribute("href"));
        Assert.Equal("Mở phiếu hỗ trợ cho đơn CT-1005", ticket.TextContent.Trim());
        var askWhy = card.QuerySelector("button.ask-why")!;
        Assert.Equal("CT-1005", askWhy.GetAttribute("data-ask-order"));
        Assert.Equal("button", askWhy.GetAttribute("type"));
        Assert.Equal("Hỏi lý do", askWhy.TextContent.Trim());
        Assert.Equal("reasons-CT-1005", card.QuerySelector("button[data-cancel-order]")!.GetAttribute("aria-describedby"));
        Assert.NotNull(card.QuerySelector("#reasons-CT-1005"));
    }

    [Fact]
    public async Task Memberships_DisablesEveryButtonWithNotMpnAdmin_WhenUserWithoutRole()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "user@contoso.example");

        var (_, document) = await session.GetAsync("/en/memberships");

        Assert.Empty(document.QuerySelectorAll("a[data-cancel-order]"));
        Assert.Equal(7, document.QuerySelectorAll("button[data-cancel-order][disabled]").Length);
        var ct1001 = Card(document, "CT-1001");
        Assert.Equal(["NotMpnAdmin"], ct1001.QuerySelectorAll("[data-reason]").Select(r => r.GetAttribute("data-reason")));
        Assert.Contains("Ask a partner admin in your organisation to cancel the order.", ct1001.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Memberships_RequiresATicket_WhenPartnerSuspended()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@fabrikam.example");

        var (_, document) = await session.GetAsync("/sv/memberships");

        var card = Card(document, "FB-2001");
        Assert.Equal("SupportTicketRequired", card.GetAttribute("data-outcome"));
        Assert.Equal(["AccountSuspended"], card.QuerySelectorAll("[data-reason]").Select(r => r.GetAttribute("data-reason")));
        Assert.Equal("/sv/tickets/new?order=FB-2001", card.QuerySelector("a[data-ticket-order]")!.GetAttribute("href"));
        Assert.Single(document.QuerySelectorAll("[data-order]"));
    }

    [Theory]
    [InlineData("en", "$1,765.00")]
    [InlineData("vi", "1.765,00 USD")]
    [InlineData("sv", "1\u00A0765,00 USD")]
    public async Task Memberships_FormatsAmountsForTheCulture(string culture, string amount)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (_, document) = await session.GetAsync($"/{culture}/memberships");

        Assert.Contains(amount, Card(document, "CT-1001").QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Memberships_ShowsSekInSwedishFormat_WhenNorthwind()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "agent@northwind.example");

        var (response, document) = await session.GetAsync("/sv/memberships");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Card(document, "NW-3001");
        Assert.Matches(@"48\s000,00\skr", card.QuerySelector(".facts")!.TextContent);
        Assert.Equal(["PurchaseWindowExpired"], card.QuerySelectorAll("[data-reason]").Select(r => r.GetAttribute("data-reason")));
    }

    private static IElement Card(IDocument document, string orderId) =>
        document.QuerySelector($"li[data-order='{orderId}']") ?? throw new InvalidOperationException($"No card for {orderId}.");
}

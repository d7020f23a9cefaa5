using System.Net;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Subscriptions;

/// <summary>The CSP subscriptions list: month of term, the action the rules allow per row, reasons for the rest.</summary>
public sealed class IndexTests(SharedSite site) : IClassFixture<SharedSite>
{
    [Fact]
    public async Task Get_OffersCancelForTheNewAndSuspendForTheMonth4Subscription_WhenNorthwindAgent()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "agent@northwind.example");

        var (response, document) = await session.GetAsync("/en/subscriptions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recent = document.QuerySelector("[data-subscription='NW-SUB-1001']")!;
        Assert.Equal("1", recent.QuerySelector("[data-month-of-term]")!.GetAttribute("data-month-of-term"));
        Assert.Equal("/en/subscriptions/NW-SUB-1001/end?action=cancel", recent.QuerySelector("a[data-end='cancel']")!.GetAttribute("href"));
        Assert.Null(recent.QuerySelector("[data-end='suspend']"));
        Assert.Matches(@"SEK\s?66,000\.00", recent.TextContent);

        var month4 = document.QuerySelector("[data-subscription='NW-SUB-1002']")!;
        Assert.Equal("4", month4.QuerySelector("[data-month-of-term]")!.GetAttribute("data-month-of-term"));
        Assert.NotNull(month4.QuerySelector("button[data-end='cancel'][disabled]"));
        Assert.Equal("/en/subscriptions/NW-SUB-1002/end?action=suspend", month4.QuerySelector("a[data-end='suspend']")!.GetAttribute("href"));
        Assert.Equal(["SubscriptionCancelWindowExpired"], month4.QuerySelectorAll("[data-reason]").Select(r => r.GetAttribute("data-reason")));
        Assert.Contains("Suspend the subscription instead", month4.QuerySelector(".reasons")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"Credit if suspended today: SEK\s?[0-9,]+\.[0-9]{2} for the unused days", month4.QuerySelector("[data-prorated-credit]")!.TextContent);
        Assert.NotNull(document.QuerySelector("#credit-lines-empty"));
    }

    [Theory]
    [InlineData("vi", "Gói đăng ký CSP", "Tháng 4/12")]
    [InlineData("sv", "CSP-prenumerationer", "Månad 4 av 12")]
    public async Task Get_IsLocalized(string culture, string title, string month)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "agent@northwind.example");

        var (_, document) = await session.GetAsync($"/{culture}/subscriptions");

        Assert.Equal(title, document.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(month, document.QuerySelector("[data-subscription='NW-SUB-1002'] [data-month-of-term]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "Your organisation is not a CSP partner")]
    [InlineData("sv", "Din organisation är inte CSP-partner")]
    public async Task Get_ExplainsInsteadOfListing_WhenThePartnerIsNotCsp(string culture, string text)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (response, document) = await session.GetAsync($"/{culture}/subscriptions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, document.QuerySelector("#subscriptions-not-csp")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("[data-subscription]"));
    }

    [Fact]
    public async Task End_ShowsReasonsAndNoForm_WhenTheActionIsNotAllowed()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "agent@northwind.example");

        var (response, document) = await session.GetAsync("/en/subscriptions/NW-SUB-1002/end?action=cancel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(document.QuerySelector("main form"));
        Assert.NotNull(document.QuerySelector("#end-reasons [data-reason='SubscriptionCancelWindowExpired']"));
    }

    [Fact]
    public async Task End_StatesTheProratedArithmetic_WhenSuspending()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "agent@northwind.example");

        var (_, document) = await session.GetAsync("/en/subscriptions/NW-SUB-1002/end?action=suspend");

        var convention = document.QuerySelector("#end-convention")!.TextContent;
        Assert.Matches(@"actual days\): [0-9]+ unused days of the 36[56]-day term × SEK\s?43,200\.00 ÷ 36[56] = SEK\s?[0-9,]+\.[0-9]{2}", convention);
        Assert.NotNull(document.QuerySelector("main form input[name='confirm']"));
    }

    [Theory]
    [InlineData("/en/subscriptions/NW-SUB-1002/end?action=suspend", "admin@contoso.example")]
    [InlineData("/en/subscriptions/NW-SUB-9999/end?action=suspend", "agent@northwind.example")]
    public async Task End_IsNotFound_WhenTheSubscriptionIsAnotherPartnersOrUnknown(string path, string email)
    {
        using var session = await SiteSession.StartAsync(site.Factory, email);

        var (response, document) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Wide World", document.Body!.TextContent, StringComparison.Ordinal);
    }
}

using System.Net;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.RefundCriteria;

/// <summary>The refund criteria page: every criterion of the seeds, in every required language, cacheable per culture.</summary>
public sealed class IndexTests(SharedSite site) : IClassFixture<SharedSite>
{
    private static readonly string[] SeedCriteria =
    [
        "PurchaseWindow", "NoBenefitsUsed", "NoProductKeysViewed", "GoldDiscountUpgrade", "TaxRefundOneYear",
        "SelfServeWindow", "SelfServeNoBenefits", "MpnAdminRole", "CreditCardOnly", "AccountNotSuspended",
        "SameInstrument", "SameAmount", "Automatic", "UpTo30Days",
    ];

    [Theory]
    [InlineData("en", "Refund criteria for membership offers", "25%")]
    [InlineData("vi", "Tiêu chí hoàn tiền cho ưu đãi thành viên", "25%")]
    [InlineData("sv", "Kriterier för återbetalning av medlemskapserbjudanden", "25 %")]
    public async Task Criteria_ListsEverySeedCriterion_InTheCulture(string culture, string heading, string discount)
    {
        using var session = await SiteSession.StartAsync(site.Factory);

        var (response, document) = await session.GetAsync($"/{culture}/refund-criteria");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, document.QuerySelector("main h1")!.TextContent.Trim());
        var shown = document.QuerySelectorAll("[data-criterion]").Select(c => c.GetAttribute("data-criterion")).ToList();
        Assert.Equal(SeedCriteria.Order(), shown.Order());
        Assert.All(document.QuerySelectorAll("[data-criterion]"), c => Assert.True(c.TextContent.Trim().Length > 20));
        Assert.Contains(discount, document.QuerySelector("[data-criterion='GoldDiscountUpgrade']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("30", document.QuerySelector("[data-criterion='UpTo30Days']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Criteria_IsServedFromTheOutputCachePerCulture_WhenAnonymous()
    {
        using var session = await SiteSession.StartAsync(site.Factory);
        await session.GetAsync("/sv/refund-criteria"); // sets the culture cookie; responses that set cookies are not cached

        await session.GetAsync("/sv/refund-criteria");
        var (cached, document) = await session.GetAsync("/sv/refund-criteria");
        var (_, englishDocument) = await session.GetAsync("/en/refund-criteria");

        Assert.True(cached.Headers.Age.HasValue, "the third anonymous request should come from the output cache");
        Assert.Equal("sv", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", englishDocument.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Criteria_IsServedFromTheOutputCache_WhenTheCultureCookieDiffers()
    {
        // A client that keeps no cookies: every response sets the culture cookie, and is still stored and served.
        using var client = site.Factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        using var firstRequest = CriteriaWithJapaneseCookie();
        using var secondRequest = CriteriaWithJapaneseCookie();

        using var first = await client.SendAsync(firstRequest);
        using var second = await client.SendAsync(secondRequest);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age.HasValue, "the second request should come from the output cache");
        Assert.Equal(first.Headers.GetValues("X-Correlation-Id"), second.Headers.GetValues("X-Correlation-Id"));
        Assert.Contains(second.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Dde%7Cuic%3Dde", StringComparison.Ordinal));
        Assert.Contains("lang=\"de\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage CriteriaWithJapaneseCookie() =>
        new(HttpMethod.Get, "/de/refund-criteria?culture-cookie=other") { Headers = { { "Cookie", ".AspNetCore.Culture=c%3Dja%7Cuic%3Dja" } } };

    [Fact]
    public async Task Criteria_IsNotCached_WhenSignedIn()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        await session.GetAsync("/vi/refund-criteria");
        await session.GetAsync("/vi/refund-criteria");
        var (response, document) = await session.GetAsync("/vi/refund-criteria");

        Assert.False(response.Headers.Age.HasValue);
        Assert.Contains("Avery Admin", document.QuerySelector(".signed-in")!.TextContent, StringComparison.Ordinal);
    }
}

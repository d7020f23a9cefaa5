using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;
using PartnerHelp.Web.Security;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages;

/// <summary>The shell every page shares: navigation per role, header, language picker, rtl, headers.</summary>
public sealed class LayoutTests(SharedSite site) : IClassFixture<SharedSite>
{
    [Theory]
    [InlineData(null, "Nav_Home,Nav_RefundCriteria")]
    [InlineData("admin@contoso.example", "Nav_Home,Nav_RefundCriteria,Nav_Memberships,Nav_Subscriptions,Nav_CreditRequests,Nav_StoreOrders,Nav_Tickets")]
    [InlineData("user@contoso.example", "Nav_Home,Nav_RefundCriteria,Nav_Memberships,Nav_Subscriptions,Nav_CreditRequests,Nav_StoreOrders,Nav_Tickets")]
    [InlineData("agent@northwind.example", "Nav_Home,Nav_RefundCriteria,Nav_Memberships,Nav_Subscriptions,Nav_Reservations,Nav_CreditRequests,Nav_StoreOrders,Nav_Tickets")]
    [InlineData("ops@partnerhelp.example", "Nav_Home,Nav_RefundCriteria,Nav_Jobs")]
    public async Task Nav_ShowsTheEntriesTheRoleMayUse_WhenSignedInAs(string? email, string expected)
    {
        using var session = await SiteSession.StartAsync(site.Factory, email);

        var (_, document) = await session.GetAsync("/en");

        var entries = document.QuerySelectorAll("nav.side-nav a").Select(a => a.GetAttribute("data-nav")).ToList();
        Assert.Equal(expected.Split(','), entries);
    }

    [Fact]
    public async Task Nav_LinksJobsToTheOperatorDashboard_WhenOperator()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "ops@partnerhelp.example");

        var (_, document) = await session.GetAsync("/sv");

        Assert.Equal("/admin/jobs", document.QuerySelector("a[data-nav='Nav_Jobs']")!.GetAttribute("href"));
        Assert.Equal("Jobb", document.QuerySelector("a[data-nav='Nav_Jobs']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Header_NamesUserAndPartner_WhenPartnerMemberSignedIn()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "agent@northwind.example");

        var (_, document) = await session.GetAsync("/vi/refund-criteria");

        Assert.Equal("Đã đăng nhập: Nora Agent (Northwind Traders)", document.QuerySelector(".signed-in")!.TextContent.Trim());
    }

    [Fact]
    public async Task LanguagePicker_KeepsThePageAndQuery_ForEveryCulture()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (_, document) = await session.GetAsync("/en/tickets/new?order=CT-1005");

        var links = document.QuerySelectorAll(".language-picker a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            ["/en/tickets/new?order=CT-1005", "/vi/tickets/new?order=CT-1005", "/sv/tickets/new?order=CT-1005", "/de/tickets/new?order=CT-1005",
             "/fr/tickets/new?order=CT-1005", "/es/tickets/new?order=CT-1005", "/ja/tickets/new?order=CT-1005", "/pt-BR/tickets/new?order=CT-1005",
             "/ar/tickets/new?order=CT-1005"],
            links);
    }

    [Theory]
    [InlineData("en", "ltr", "Membership offers")]
    [InlineData("vi", "ltr", "Ưu đãi thành viên")]
    [InlineData("sv", "ltr", "Medlemskapserbjudanden")]
    [InlineData("de", "ltr", "Mitgliedschaftsangebote")]
    [InlineData("fr", "ltr", "Offres d'adhésion")]
    [InlineData("es", "ltr", "Ofertas de membresía")]
    [InlineData("ja", "ltr", "メンバーシップ オファー")]
    [InlineData("pt-BR", "ltr", "Ofertas de associação")]
    [InlineData("ar", "rtl", "عروض العضوية")]
    public async Task Memberships_RendersInEveryCulture_WithItsTranslatedHeading(string culture, string direction, string heading)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (response, document) = await session.GetAsync($"/{culture}/memberships");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(culture, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, document.DocumentElement.GetAttribute("dir"));
        Assert.Equal(heading, document.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(7, document.QuerySelectorAll("[data-cancel-order]").Length);
    }

    [Fact]
    public async Task Pages_SendAStrictScriptPolicy_WithEveryResponse()
    {
        using var session = await SiteSession.StartAsync(site.Factory);

        var (response, document) = await session.GetAsync("/en/refund-criteria");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policy);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline'; img", policy.Split("script-src")[1].Split(';')[0], StringComparison.Ordinal);
        Assert.All(document.QuerySelectorAll("script"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")), "inline script"));
        Assert.All(document.QuerySelectorAll("link[rel=stylesheet], script[src]"),
            asset => Assert.StartsWith("/", asset.GetAttribute("href") ?? asset.GetAttribute("src"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Layout_LinksItsStylesheetsAndScript_WithTheirContentHash()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (_, document) = await session.GetAsync("/en/memberships");

        // What asp-append-version writes: the path, then the file's SHA-256 in URL-safe base64 as ?v=.
        var assets = document.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(asset => asset.GetAttribute("href") ?? asset.GetAttribute("src"))
            .ToList();
        Assert.Equal(["/css/site.css", "/css/chat.css", "/js/chat.js"], assets.Select(a => a!.Split('?')[0]));
        Assert.All(assets, asset =>
        {
            var path = asset!.Split('?')[0];
            var hash = SHA256.HashData(File.ReadAllBytes(RepoPaths.Combine(["wwwroot", .. path.TrimStart('/').Split('/')])));
            Assert.Equal($"{path}?v={WebEncoders.Base64UrlEncode(hash)}", asset);
        });
    }

    [Fact]
    public void Site_RegistersNoTagHelperComponents_SoTheLayoutNeedsNoHeadOrBodyTagHelper()
    {
        using var scope = site.Factory.Services.CreateScope();

        Assert.Empty(scope.ServiceProvider.GetServices<ITagHelperComponent>());
    }

    [Theory]
    [InlineData("/js/refund-progress.js")]
    [InlineData("/js/submit-once.js")]
    [InlineData("/css/site.css")]
    public async Task StaticAssets_AreServedFromTheSite(string path)
    {
        using var client = site.Factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 200);
    }
}

using System.Net;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages;

/// <summary>The help hub.</summary>
public sealed class IndexTests(SharedSite site) : IClassFixture<SharedSite>
{
    [Theory]
    [InlineData("en", "Read all refund criteria")]
    [InlineData("vi", "Xem tất cả tiêu chí hoàn tiền")]
    [InlineData("sv", "Läs alla kriterier för återbetalning")]
    [InlineData("fr", "Read all refund criteria")]
    public async Task Home_LinksToEveryPath_InTheCulture(string culture, string criteriaLink)
    {
        using var session = await SiteSession.StartAsync(site.Factory);

        var (response, document) = await session.GetAsync($"/{culture}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = document.QuerySelectorAll("main a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent.Trim());
        Assert.Equal(criteriaLink, links[$"/{culture}/refund-criteria"]);
        Assert.Contains($"/{culture}/memberships", links.Keys);
        Assert.Contains($"/{culture}/tickets", links.Keys);
        Assert.Equal(4, document.QuerySelectorAll("main section.card h2").Length);
    }

    [Fact]
    public async Task Home_DoesNotOfferPartnerPages_WhenOperator()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "ops@partnerhelp.example");

        var (_, document) = await session.GetAsync("/en");

        var links = document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/en/refund-criteria"], links);
    }
}

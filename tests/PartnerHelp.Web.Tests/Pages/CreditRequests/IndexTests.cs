using System.Net;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.CreditRequests;

/// <summary>The credit request list: CSP partners get the list and the form link, others an explanation.</summary>
public sealed class IndexTests(SharedSite site) : IClassFixture<SharedSite>
{
    [Theory]
    [InlineData("en", "Credit requests", "New credit request")]
    [InlineData("vi", "Yêu cầu ghi có", "Tạo yêu cầu ghi có")]
    [InlineData("sv", "Kreditbegäranden", "Ny kreditbegäran")]
    public async Task Get_OffersANewRequest_WhenCspPartner(string culture, string title, string link)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "agent@northwind.example");

        var (response, document) = await session.GetAsync($"/{culture}/credit-requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, document.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(link, document.QuerySelector("a[data-new-credit-request]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/en/credit-requests")]
    [InlineData("/en/credit-requests/new")]
    public async Task Get_ExplainsWhoFiles_WhenThePartnerIsNotCsp(string path)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (response, document) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not the end customer or an indirect reseller", document.QuerySelector("#credit-not-csp")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("main form"));
    }

    [Fact]
    public async Task New_IsNotFound_WhenTheIncidentIsUnknown()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "agent@northwind.example");

        var (response, _) = await session.GetAsync("/en/credit-requests/new?incident=INC-0000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

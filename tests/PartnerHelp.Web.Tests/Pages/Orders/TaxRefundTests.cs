using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Orders;

/// <summary>The tax refund section of the order page: offered to tax-exempt partners within a year, filed once, refused with reasons.</summary>
public sealed class TaxRefundTests
{
    private const string Handler = "/{0}/orders/{1}?handler=TaxRefund";

    [Fact]
    public async Task Post_FilesTheTaxRefundAndShowsItsReference_WhenNorthwindRequestsNW3001()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var (_, before) = await session.GetAsync("/en/orders/NW-3001");
        Assert.NotNull(before.QuerySelector("[data-tax-refund] button[data-request-tax-refund]"));
        Assert.Equal("/en/orders/NW-3001?handler=TaxRefund", before.QuerySelector("[data-tax-refund] form")!.GetAttribute("action"));

        var (response, _) = await session.PostFormAsync("/en/orders/NW-3001", string.Format(Handler, "en", "NW-3001"), new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, after) = await session.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("TX-NW-3001", after.QuerySelector("#tax-refund-claim [data-reference]")!.TextContent);
        Assert.Contains("Your tax refund request was filed.", after.QuerySelector("#tax-refund-claim")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("[data-tax-refund] form"));
        Assert.Equal(1, await SiteData.QueryAsync(factory, db => db.TaxRefundClaims.CountAsync()));
    }

    [Fact]
    public async Task Post_FilesOnce_WhenSubmittedTwice()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var token = await session.TokenAsync("/sv/orders/NW-3001");
        var path = string.Format(Handler, "sv", "NW-3001");

        var (first, _) = await session.PostFormAsync(path, path, new Dictionary<string, string>(), tokenOverride: token);
        var (second, document) = await session.PostFormAsync(path, path, new Dictionary<string, string>(), tokenOverride: token);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        Assert.Equal("Skatteåterbäring har redan begärts för den här beställningen, så ingenting ändrades.", document.QuerySelector("#tax-refund-error")!.TextContent.Trim());
        Assert.Equal(1, await SiteData.QueryAsync(factory, db => db.TaxRefundClaims.CountAsync()));
    }

    [Theory]
    [InlineData("en", "Tax refunds are only for tax-exempt partners")]
    [InlineData("vi", "miễn thuế")]
    public async Task Get_ShowsNotTaxExemptAndNoForm_WhenContoso(string culture, string text)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");

        var (_, document) = await session.GetAsync($"/{culture}/orders/CT-1001");

        Assert.Null(document.QuerySelector("[data-tax-refund] form"));
        Assert.Contains(text, document.QuerySelector("#tax-refund-reasons [data-reason='NotTaxExempt']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RefusesWithReasonsAndChangesNothing_WhenForgedByANonExemptPartner()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var token = await session.TokenAsync("/en/tickets/new");
        var path = string.Format(Handler, "en", "CT-1001");

        var (response, document) = await session.PostFormAsync(path, path, new Dictionary<string, string>(), tokenOverride: token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("A tax refund can't be requested for this order, so nothing changed.", document.QuerySelector("#tax-refund-error")!.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("[data-reason='NotTaxExempt']"));
        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.TaxRefundClaims.CountAsync()));
    }

    [Theory]
    [InlineData("admin@contoso.example", "NW-3001", null)]
    [InlineData("agent@northwind.example", "NW-3001", "forged")]
    public async Task Post_IsNotFoundOrRefused_WhenAnotherPartnerPostsOrTheTokenIsForged(string email, string orderId, string? forgedToken)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, email);
        var token = forgedToken ?? await session.TokenAsync("/en/tickets/new");
        var path = string.Format(Handler, "en", orderId);

        var (response, document) = await session.PostFormAsync(path, path, new Dictionary<string, string>(), tokenOverride: token);

        Assert.Equal(forgedToken is null ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest, response.StatusCode);
        if (forgedToken is not null)
        {
            Assert.Contains("no tax refund was requested", document.QuerySelector("#tax-refund-error")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(0, await SiteData.QueryAsync(factory, db => db.TaxRefundClaims.CountAsync()));
    }
}

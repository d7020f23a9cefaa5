using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Memberships;

/// <summary>
/// The cancel form end to end, replays and double submits (never a second cancellation). Each test owns
/// its site because cancelling changes state; refused posts are in <see cref="CancelRejectionTests"/>.
/// </summary>
public sealed class CancelTests
{
    private const string Page = "/{0}/memberships/{1}/cancel";

    private static Dictionary<string, string> ValidForm(string? note = null) => new()
    {
        ["Input.Reason"] = "PurchasedByMistake",
        ["Input.Note"] = note ?? "Bought twice.",
        ["Input.ConfirmAuthority"] = "true",
    };

    [Theory]
    [InlineData("en", "Order CT-1001 is cancelled")]
    [InlineData("vi", "Đơn hàng CT-1001 đã được hủy")]
    [InlineData("sv", "Beställning CT-1001 är avbruten")]
    public async Task Post_CancelsAndShowsConfirmationWithRequestedRefund_WhenEligible(string culture, string heading)
    {
        // Jobs off, so the refund is still Requested when the page is read (see Post_SaysRequestedUntilJobsRun_OnTheConfirmation).
        using var factory = new PartnerHelpFactory();
        factory.Settings["Jobs:Enabled"] = "false";
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var path = string.Format(Page, culture, "CT-1001");

        var (response, _) = await session.PostFormAsync(path, path, ValidForm());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{culture}/memberships/CT-1001/cancelled", response.Headers.Location!.OriginalString);
        var (confirmation, document) = await session.GetAsync(response.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Equal(heading, document.QuerySelector("main h1")!.TextContent.Trim());
        var progress = document.QuerySelector("[data-refund-progress]")!;
        Assert.Equal("Requested", progress.GetAttribute("data-refund-status"));
        Assert.Equal($"/api/v1/orders/CT-1001/refund?culture={culture}", progress.GetAttribute("data-refund-url"));
        Assert.NotNull(document.QuerySelector("script[src^='/js/refund-progress.js']"));
        Assert.Equal("Cancelled", await SiteData.OrderStatusAsync(factory, "CT-1001"));
        Assert.Equal(1, await SiteData.RefundCountAsync(factory, "CT-1001"));
        Assert.Equal(1, await SiteData.OutboxCountAsync(factory, RefundIds.For("CT-1001")));
        var saved = await SiteData.QueryAsync(factory, db => db.MembershipOrders.SingleAsync(o => o.Id == "CT-1001"));
        Assert.Equal("Bought twice.", saved.CancellationNote);
    }

    [Fact]
    public async Task Post_SaysRequestedUntilJobsRun_OnTheConfirmation()
    {
        // Without jobs the refund stays Requested, as the page must show it (as in ReturnTests): with them, the 1 s
        // outbox poll let the refund job move it to Processing before a busy machine read the page.
        using var factory = new PartnerHelpFactory();
        factory.Settings["Jobs:Enabled"] = "false";
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var path = string.Format(Page, "en", "CT-1001");

        await session.PostFormAsync(path, path, ValidForm());
        var (_, document) = await session.GetAsync("/en/memberships/CT-1001/cancelled");

        Assert.Equal("Requested", document.QuerySelector("[data-refund-status-text]")!.TextContent.Trim());
        Assert.Contains("waiting to be sent to the payment processor", document.QuerySelector("[data-refund-message]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Requested"], document.QuerySelectorAll(".timeline__step--reached").Select(s => s.GetAttribute("data-step")));
    }

    [Fact]
    public async Task Post_RefusesAndChangesNothing_WhenReplayed()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var path = string.Format(Page, "sv", "CT-1001");
        var token = await session.TokenAsync(path);

        var (first, _) = await session.PostFormAsync(path, path, ValidForm(), tokenOverride: token);
        var (replay, document) = await session.PostFormAsync(path, path, ValidForm("again"), tokenOverride: token);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("Beställningen var redan avbruten, så ingenting ändrades.", document.QuerySelector("#cancel-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await SiteData.RefundCountAsync(factory, "CT-1001"));
        Assert.Equal(1, await SiteData.OutboxCountAsync(factory, RefundIds.For("CT-1001")));
        var saved = await SiteData.QueryAsync(factory, db => db.MembershipOrders.SingleAsync(o => o.Id == "CT-1001"));
        Assert.Equal("Bought twice.", saved.CancellationNote);
    }

    [Fact]
    public async Task Post_CancelsOnce_WhenDoubleSubmittedConcurrently()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "admin@contoso.example");
        var path = string.Format(Page, "en", "CT-1001");
        var token = await session.TokenAsync(path);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => session.PostFormAsync(path, path, ValidForm(), tokenOverride: token)));

        Assert.Single(results, r => r.Response.StatusCode == HttpStatusCode.Redirect);
        Assert.All(results.Where(r => r.Response.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal(HttpStatusCode.Conflict, r.Response.StatusCode));
        Assert.Equal(1, await SiteData.RefundCountAsync(factory, "CT-1001"));
        Assert.Equal(1, await SiteData.OutboxCountAsync(factory, RefundIds.For("CT-1001")));
    }
}

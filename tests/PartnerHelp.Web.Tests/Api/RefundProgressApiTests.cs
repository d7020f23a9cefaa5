using System.Net;
using System.Text.Json;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Api;

/// <summary>GET /api/v1/orders/{id}/refund: what the live progress script polls.</summary>
public sealed class RefundProgressApiTests(SharedSite site) : IClassFixture<SharedSite>
{
    [Theory]
    [InlineData("en", "Processing")]
    [InlineData("vi", "Đang xử lý")]
    [InlineData("sv", "Behandlas")]
    public async Task Refund_ReturnsLocalizedProgress_WhenOrderCancelled(string culture, string statusText)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "user@contoso.example");

        using var response = await session.Client.GetAsync($"/api/v1/orders/CT-1008/refund?culture={culture}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("CT-1008", root.GetProperty("orderId").GetString());
        Assert.Equal("Processing", root.GetProperty("status").GetString());
        Assert.Equal(statusText, root.GetProperty("statusText").GetString());
        Assert.False(root.GetProperty("isFinal").GetBoolean());
        Assert.Contains("Visa", root.GetProperty("message").GetString(), StringComparison.Ordinal);
        var steps = root.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["Requested", "Processing", "Refunded"], steps.Select(s => s.GetProperty("status").GetString()));
        Assert.Equal([true, true, false], steps.Select(s => s.GetProperty("reached").GetBoolean()));
    }

    [Theory]
    [InlineData(null, "CT-1008", HttpStatusCode.Unauthorized)]
    [InlineData("ops@partnerhelp.example", "CT-1008", HttpStatusCode.Forbidden)]
    [InlineData("admin@fabrikam.example", "CT-1008", HttpStatusCode.NotFound)]
    [InlineData("admin@contoso.example", "CT-1001", HttpStatusCode.NotFound)]
    [InlineData("admin@contoso.example", "CT-0000", HttpStatusCode.NotFound)]
    public async Task Refund_AnswersWithoutRevealing_WhenNotTheCallersRefund(string? email, string orderId, HttpStatusCode expected)
    {
        using var session = await SiteSession.StartAsync(site.Factory, email);

        using var response = await session.Client.GetAsync($"/api/v1/orders/{orderId}/refund");

        Assert.Equal(expected, response.StatusCode);
    }
}

using System.Globalization;
using System.Net;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Reservations;

/// <summary>Customers first, then each customer's reservations, then one reservation (read-only).</summary>
public sealed class OverviewTests(SharedSite site) : IClassFixture<SharedSite>
{
    private const string Agent = "agent@northwind.example";

    [Fact]
    public async Task Index_ListsCspCustomersWithLinks_AndSendsEaCustomersToTheEaPortal()
    {
        using var session = await SiteSession.StartAsync(site.Factory, Agent);

        var (response, document) = await session.GetAsync("/en/reservations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["c-litware", "c-tailspin", "c-wideworld"], document.QuerySelectorAll("[data-customer]").Select(e => e.GetAttribute("data-customer") ?? string.Empty).ToArray());
        Assert.Equal("/en/reservations/customers/c-tailspin", document.QuerySelector("[data-customer-link='c-tailspin']")!.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("[data-customer-link='c-wideworld']"));
        Assert.Null(document.QuerySelector("[data-customer-link='c-litware']"));
        Assert.Equal("Managed in the EA portal", document.QuerySelector("[data-elsewhere='c-litware']")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "Virtual machines", "Shared (all subscriptions)", "Active")]
    [InlineData("vi", "Máy ảo", "Dùng chung (mọi gói đăng ký)", "Đang hiệu lực")]
    [InlineData("sv", "Virtuella datorer", "Delat (alla prenumerationer)", "Aktiv")]
    public async Task Customer_ShowsEachReservationsOverview(string culture, string type, string scope, string status)
    {
        using var session = await SiteSession.StartAsync(site.Factory, Agent);
        var reservation = await ReservationData.FindAsync(site.Factory, ReservationData.Vm);

        var (response, document) = await session.GetAsync($"/{culture}/reservations/customers/c-tailspin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = document.QuerySelector($"[data-reservation='{ReservationData.Vm}']")!;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        var expires = reservation.ExpiresOn.ToString("D", CultureInfo.GetCultureInfo(culture));
        Assert.Equal([type, "Standard_D4s_v5", "swedencentral", expires, scope], cells[..5]);
        Assert.Equal(status, cells[6]);
        Assert.Equal($"/{culture}/reservations/{ReservationData.Vm}", row.QuerySelector("[data-manage]")!.GetAttribute("href"));
        Assert.Single(document.QuerySelectorAll("[data-reservation]"));
    }

    [Theory]
    [InlineData("en", "Litware buys Azure through an Enterprise Agreement")]
    [InlineData("vi", "Litware mua Azure qua Thỏa thuận doanh nghiệp")]
    public async Task Customer_SaysWhereToGo_WhenTheCustomerIsNotOnCsp(string culture, string expected)
    {
        using var session = await SiteSession.StartAsync(site.Factory, Agent);

        var (response, document) = await session.GetAsync($"/{culture}/reservations/customers/c-litware");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, document.QuerySelector("#managed-elsewhere")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("#reservations"));
    }

    [Fact]
    public async Task Detail_ShowsCopyableIdsScopeFormAndActions_WhenActive()
    {
        using var session = await SiteSession.StartAsync(site.Factory, Agent);

        var (response, document) = await session.GetAsync($"/en/reservations/{ReservationData.Sql}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReservationData.Sql, document.QuerySelector("#reservation-id")!.TextContent.Trim());
        Assert.Equal("9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4", document.QuerySelector("#reservation-order-id")!.TextContent.Trim());
        Assert.Equal("Copy Reservation ID", document.QuerySelector("button[data-copy='reservation-id']")!.TextContent.Trim());
        Assert.Equal("Copied to the clipboard.", document.QuerySelector("button[data-copy='reservation-order-id']")!.GetAttribute("data-copied"));
        Assert.NotNull(document.QuerySelector("script[src^='/js/copy-id.js']"));
        Assert.Equal("SingleSubscription", document.QuerySelector("[data-scope]")!.GetAttribute("data-scope"));
        Assert.Equal("sub-wwi-prod", document.QuerySelector("#scope-subscription")!.GetAttribute("value"));
        Assert.Equal($"/en/reservations/{ReservationData.Sql}/return", document.QuerySelector("a[data-return]")!.GetAttribute("href"));
        Assert.Equal($"/en/reservations/{ReservationData.Sql}/exchange", document.QuerySelector("a[data-exchange]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Return_ShowsTheProratedRefundFromTheEligibilityService()
    {
        using var session = await SiteSession.StartAsync(site.Factory, Agent);
        var expected = await ReservationData.ProratedValueAsync(site.Factory, ReservationData.Vm);

        var (response, document) = await session.GetAsync($"/en/reservations/{ReservationData.Vm}/return");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = document.QuerySelector("#return-refund")!;
        Assert.Equal(expected.Amount.ToString(CultureInfo.InvariantCulture), summary.GetAttribute("data-refund-amount"));
        Assert.Contains($"SEK{expected.Amount.ToString("N2", CultureInfo.GetCultureInfo("en"))}", summary.TextContent.Replace("\u00A0", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(expected.Amount is > 29_000m and < 36_500m);
    }
}

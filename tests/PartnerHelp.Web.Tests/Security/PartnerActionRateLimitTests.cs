using System.Net;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Security;

/// <summary>
/// The cancel endpoints (membership cancel, store item cancel, reservation return, subscription cancel) share the
/// per-client budget RateLimits:PartnerActionsPerMinute: past it, every one of them answers 429 with the localized
/// page and changes nothing.
/// </summary>
public sealed class PartnerActionRateLimitTests : IDisposable
{
    private const int Budget = 4;
    private readonly PartnerHelpFactory _site = new();

    public PartnerActionRateLimitTests()
    {
        _site.Settings["RateLimits:PartnerActionsPerMinute"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _site.Settings["Jobs:Enabled"] = "false";
    }

    [Fact]
    public async Task CancelEndpoints_Answer429WithALocalizedPageAndChangeNothing_WhenTheBudgetIsSpent()
    {
        using var admin = await SiteSession.StartAsync(_site, "admin@contoso.example");
        using var agent = await SiteSession.StartAsync(_site, "agent@northwind.example");
        var endpoints = new (SiteSession Session, string FormPage, string Action, Dictionary<string, string> Valid)[]
        {
            (admin, "/sv/memberships/CT-1001/cancel", "/sv/memberships/CT-1001/cancel",
                new() { ["Input.Reason"] = "NoLongerNeeded", ["Input.ConfirmAuthority"] = "true" }),
            (admin, "/sv/store-orders", "/sv/store-orders?handler=Confirm", new() { ["OrderId"] = "SO-5001", ["ItemIds"] = "SO-5001-1" }),
            (agent, $"/sv/reservations/{ReservationData.Vm}/return", $"/sv/reservations/{ReservationData.Vm}/return", new() { ["Confirm"] = "true" }),
            (agent, "/sv/subscriptions/NW-SUB-1001/end?action=cancel", "/sv/subscriptions/NW-SUB-1001/end", new() { ["action"] = "cancel", ["confirm"] = "true" }),
        };

        // Spend the budget with refused posts (a missing confirmation, or an empty choice): each is answered, not limited.
        foreach (var (session, formPage, action, _) in endpoints)
        {
            var (response, _) = await session.PostFormAsync(formPage, action, new Dictionary<string, string>());
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.True((int)response.StatusCode < 500);
        }

        var before = await DatabaseFingerprint.TakeAsync(_site);
        foreach (var (session, formPage, action, valid) in endpoints)
        {
            var (response, document) = await session.PostFormAsync(formPage, action, valid);
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Contains("För många försök", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Empty((await DatabaseFingerprint.TakeAsync(_site)).ChangedSince(before));
        Assert.Equal("Active", await SiteData.OrderStatusAsync(_site, "CT-1001"));
    }

    public void Dispose() => _site.Dispose();
}

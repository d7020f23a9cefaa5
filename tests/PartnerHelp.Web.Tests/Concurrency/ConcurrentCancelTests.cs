using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Concurrency;

/// <summary>
/// Simultaneous cancels of one thing by one signed-in user in many sessions (double clicks, several tabs, a
/// retrying proxy): exactly one cancellation, one refund, one outbox row; every other post gets the localized
/// "already cancelled" answer, never a 500.
/// </summary>
public sealed partial class ConcurrentCancelTests : IDisposable
{
    private readonly PartnerHelpFactory _site = new();

    public ConcurrentCancelTests() => _site.Settings["Jobs:Enabled"] = "false";

    [Fact]
    public async Task MembershipCancel_CancelsAndRefundsOnce_When50SessionsPostAtOnce()
    {
        const int posts = 50;
        var sessions = await Burst.SessionsAsync(_site, "admin@contoso.example", posts);
        var answers = await Burst.PostTogetherAsync(sessions, "/de/memberships/CT-1001/cancel", _ => "/de/memberships/CT-1001/cancel",
            _ => new() { ["Input.Reason"] = "NoLongerNeeded", ["Input.ConfirmAuthority"] = "true" });
        sessions.ForEach(s => s.Dispose());

        var cancelled = answers.Count(a => a.Status == 302);
        var already = answers.Count(a => a.Status == 409 && Spaces(a.Text).Contains("Diese Bestellung war bereits storniert", StringComparison.Ordinal));
        var refunds = await SiteData.RefundCountAsync(_site, "CT-1001");
        var outbox = await SiteData.OutboxCountAsync(_site, RefundIds.For("CT-1001"));
        SuiteFigures.Record("concurrency", string.Create(CultureInfo.InvariantCulture,
            $"membership cancel: posts={posts} cancelled={cancelled} already-cancelled={already} 5xx={answers.Count(a => a.Status >= 500)} refunds={refunds} outbox={outbox}"));
        Assert.Equal(1, cancelled);
        Assert.Equal(posts - 1, already);
        Assert.Equal("Cancelled", await SiteData.OrderStatusAsync(_site, "CT-1001"));
        Assert.Equal(1, refunds);
        Assert.Equal(1, outbox);
    }

    [Fact]
    public async Task StoreItemCancel_AndReservationReturn_HappenOnce_WhenPostedAtOnce()
    {
        const int posts = 20;
        var store = await Burst.SessionsAsync(_site, "admin@contoso.example", posts);
        var agents = await Burst.SessionsAsync(_site, "agent@northwind.example", posts);
        var storeBurst = Burst.PostTogetherAsync(store, "/de/store-orders", _ => "/de/store-orders?handler=Confirm",
            _ => new() { ["OrderId"] = "SO-5001", ["ItemIds"] = "SO-5001-1" });
        var returnBurst = Burst.PostTogetherAsync(agents, $"/de/reservations/{ReservationData.Vm}/return", _ => $"/de/reservations/{ReservationData.Vm}/return",
            _ => new() { ["Confirm"] = "true" });
        var storeAnswers = await storeBurst;
        var returnAnswers = await returnBurst;
        store.Concat(agents).ToList().ForEach(s => s.Dispose());

        var confirmations = await StoreData.ConfirmationCountAsync(_site, "SO-5001");
        var reservationRefunds = await SiteData.QueryAsync(_site, db => db.Refunds.CountAsync(r => r.OrderId == ReservationData.Vm));
        SuiteFigures.Record("concurrency", string.Create(CultureInfo.InvariantCulture,
            $"store item cancel: posts={posts} cancelled={storeAnswers.Count(a => a.Status == 302)} 5xx={storeAnswers.Count(a => a.Status >= 500)} confirmations={confirmations}; " +
            $"reservation return: posts={posts} returned={returnAnswers.Count(a => a.Status == 302)} 5xx={returnAnswers.Count(a => a.Status >= 500)} refunds={reservationRefunds}"));
        Assert.Equal(1, storeAnswers.Count(a => a.Status == 302));
        Assert.Equal(posts - 1, storeAnswers.Count(a => a.Status == 409 && Spaces(a.Text).Contains("Diese Artikel wurden bereits storniert", StringComparison.Ordinal)));
        Assert.True(await StoreData.IsCancelledAsync(_site, "SO-5001-1"));
        Assert.Equal(1, confirmations);
        Assert.Equal(1, returnAnswers.Count(a => a.Status == 302));
        Assert.Equal(posts - 1, returnAnswers.Count(a => a.Status == 409 && Spaces(a.Text).Contains("Diese Reservierung wurde bereits zurückgegeben", StringComparison.Ordinal)));
        Assert.Equal(1, reservationRefunds);
    }

    private static string Spaces(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public void Dispose() => _site.Dispose();
}

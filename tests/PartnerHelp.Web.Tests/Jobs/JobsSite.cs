using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Bot;

namespace PartnerHelp.Web.Tests.Jobs;

/// <summary>The real site with the refund jobs on seconds-scale settings, and helpers to drive and watch them.</summary>
public static class JobsSite
{
    /// <summary>A site whose payments succeed quickly and settle within a second.</summary>
    public static PartnerHelpFactory Create(Action<Dictionary<string, string?>>? tweak = null)
    {
        var factory = new PartnerHelpFactory();
        factory.Settings["Jobs:PaymentSimulator:Latency"] = "00:00:00.050";
        factory.Settings["Jobs:PaymentSimulator:TransientFailureRate"] = "0";
        factory.Settings["Jobs:PaymentSimulator:PermanentFailureRate"] = "0";
        factory.Settings["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:01";
        factory.Settings["Jobs:StatusPollInterval"] = "00:00:00.500";
        factory.Settings["Jobs:OutboxPollInterval"] = "00:00:00.200";
        factory.Settings["Jobs:RetryInitialDelay"] = "00:00:00.500";
        factory.Settings["Jobs:RetryMaxDelay"] = "00:00:02";
        factory.Settings["Jobs:ServerHeartbeatInterval"] = "00:00:01";
        factory.Settings["Jobs:SchedulePollInterval"] = "00:00:00.200";
        tweak?.Invoke(factory.Settings);
        return factory;
    }

    /// <summary>Cancels an order as its partner admin through the application's cancellation service (the form's back end).</summary>
    public static async Task<CancellationResult> CancelAsync(PartnerHelpFactory factory, string orderId, string email = "admin@contoso.example")
    {
        var requester = await DemoRequesters.ForAsync(factory.Services, email);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MembershipCancellation>().CancelAsync(orderId, requester, CancellationReason.NoLongerNeeded, null);
    }

    /// <summary>Polls GET /api/v1/orders until the order's refund has <paramref name="status"/>; returns the refund JSON.</summary>
    public static Task<JsonElement> WaitForRefundAsync(HttpClient partnerClient, string orderId, string status, TimeSpan? within = null) =>
        Eventually.MatchesAsync(
            $"the refund of {orderId} to be {status}",
            async () =>
            {
                var orders = await partnerClient.GetFromJsonAsync<JsonElement>("/api/v1/orders");
                return orders.EnumerateArray().Single(o => o.GetProperty("orderId").GetString() == orderId).GetProperty("refund");
            },
            refund => StatusOf(refund) == status,
            within ?? TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(200),
            StatusOf);

    /// <summary>Waits until <paramref name="condition"/> holds on the application database.</summary>
    public static Task WaitForAsync(PartnerHelpFactory factory, Func<PartnerHelpDbContext, Task<bool>> condition, string what, TimeSpan? within = null) =>
        Eventually.TrueAsync(
            what,
            async () =>
            {
                await using var scope = factory.Services.CreateAsyncScope();
                return await condition(scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>());
            },
            within ?? TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(200));

    private static string? StatusOf(JsonElement refund) =>
        refund.ValueKind == JsonValueKind.Null ? null : refund.GetProperty("status").ToString();

    /// <summary>How many payouts the processor's ledger holds for a refund.</summary>
    public static async Task<int> PayoutsAsync(PartnerHelpFactory factory, string refundId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>().PayoutLedger.CountAsync(e => e.RefundId == refundId);
    }

    /// <summary>A signed-in client (cookies kept, redirects not followed).</summary>
    public static async Task<HttpClient> SignedInAsync(PartnerHelpFactory factory, string email, string culture = "en")
    {
        var client = factory.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(client, email, culture);
        return client;
    }
}

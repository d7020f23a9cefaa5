using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Infrastructure.Demo;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Testing;
using PartnerHelp.Web.Bot.Dialog;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Tests.Bot.DirectLine;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>
/// The bot and the eligibility API (which the pages share through EligibilityText) must agree for every
/// demo user and order at the same moment: same outcome, same reason codes, same reason sentences, and
/// "not found" exactly where the API answers 404. The other refund paths are compared with the services their
/// pages use, for every demo user and resource (another partner's resource: the unknown-id answer).
/// </summary>
public sealed class BotConsistencyTests(PartnerHelpFactory factory) : IClassFixture<PartnerHelpFactory>
{
    public static TheoryData<string, string> Users => new()
    {
        { "admin@contoso.example", "en" },
        { "user@contoso.example", "en" },
        { "admin@fabrikam.example", "sv" },
        { "agent@northwind.example", "vi" },
    };

    [Theory]
    [MemberData(nameof(Users))]
    public async Task WhyDisabled_GivesTheApisReasons_ForEveryDemoOrder(string email, string culture)
    {
        var http = factory.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(http, email, culture);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var bot = await DirectLineTestClient.StartAsync(http, culture);

        foreach (var order in DemoCatalog.Orders)
        {
            using var api = await http.GetAsync($"/api/v1/orders/{order.Id}/eligibility");
            var reply = await bot.AskAsync(AskWhy(culture, order.Id), culture);
            var data = reply["channelData"]!["partnerhelp"]!;
            if (api.StatusCode == HttpStatusCode.NotFound)
            {
                Assert.Null((string?)data["outcome"]);
                Assert.Empty(DirectLineTestClient.ReasonCodes(reply));
                Assert.Contains(order.Id, (string?)reply["text"], StringComparison.Ordinal);
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            var eligibility = (await api.Content.ReadFromJsonAsync<JsonObject>())!;
            var reasons = ((JsonArray)eligibility["reasons"]!).Select(r => r!).ToList();
            Assert.Equal(eligibility["outcome"]!.ToString(), (string?)data["outcome"]);
            Assert.Equal(reasons.Select(r => r["code"]!.ToString()), DirectLineTestClient.ReasonCodes(reply));
            foreach (var reason in reasons)
            {
                Assert.Contains((string)reason["message"]!, (string?)reply["text"], StringComparison.Ordinal);
            }
        }
    }

    public static TheoryData<string> Emails => ["admin@contoso.example", "user@contoso.example", "admin@fabrikam.example", "agent@northwind.example"];

    [Theory]
    [MemberData(nameof(Emails))]
    public async Task OtherPaths_GiveTheServicesDecision_ForEveryDemoResource(string email)
    {
        var http = factory.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(http, email, "en");
        var bot = await DirectLineTestClient.StartAsync(http, "en");
        var requester = await RequesterAsync(email);
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var subscriptions = await services.GetRequiredService<CspSubscriptionService>().ListAsync(requester);
        var items = (await services.GetRequiredService<StoreOrderService>().ListAsync(requester)).SelectMany(o => o.Items).ToList();
        var reservations = services.GetRequiredService<ReservationService>();
        var expected = new List<(string Id, EligibilityResult? Decision)>();
        expected.AddRange(new[] { "NW-SUB-1001", "NW-SUB-1002" }.Select(id => (id, subscriptions.FirstOrDefault(s => s.Subscription.Id == id)?.Eligibility)));
        expected.AddRange(new[] { "SO-5001-1", "SO-5001-2" }.Select(id => (id, (EligibilityResult?)items.FirstOrDefault(i => i.Item.Id == id).Cancel)));
        foreach (var id in new[] { "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901" })
        {
            expected.Add((id, (await reservations.FindAsync(id, requester))?.Return));
        }

        foreach (var (id, decision) in expected)
        {
            var reply = await bot.AskAsync($"Why can't I cancel {id}?", "en");
            var data = reply["channelData"]!["partnerhelp"]!;
            Assert.Equal(id, (string?)data["resource"]);
            Assert.Equal(decision?.Outcome.ToString(), (string?)data["outcome"]);
            Assert.Equal(decision?.Reasons.Select(r => r.Code.ToString()) ?? [], DirectLineTestClient.ReasonCodes(reply));
            Assert.Equal(decision is not null, (bool?)data["found"]);
        }
    }

    [Theory]
    [MemberData(nameof(Emails))]
    public async Task TaxRefund_GivesTheOrdersOutcomeAsTheApi_AndTheTaxDecisionBeside(string email)
    {
        var http = factory.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(http, email, "en");
        var bot = await DirectLineTestClient.StartAsync(http, "en");
        using var api = await http.GetAsync("/api/v1/orders/NW-3001/eligibility");
        var reply = await bot.AskAsync("Can we get a tax refund for NW-3001?", "en");
        var data = reply["channelData"]!["partnerhelp"]!;
        Assert.Equal("TaxRefund", (string?)data["topic"]);
        if (api.StatusCode == HttpStatusCode.NotFound)
        {
            Assert.False((bool?)data["found"]);
            Assert.Null((string?)data["outcome"]);
            return;
        }

        var eligibility = (await api.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(eligibility["outcome"]!.ToString(), (string?)data["outcome"]);
        Assert.Equal(((JsonArray)eligibility["reasons"]!).Select(r => r!["code"]!.ToString()), DirectLineTestClient.ReasonCodes(reply));
        await using var scope = factory.Services.CreateAsyncScope();
        var tax = await scope.ServiceProvider.GetRequiredService<TaxRefundService>().EvaluateAsync("NW-3001", await RequesterAsync(email));
        Assert.Equal(tax!.Value.Decision.Outcome.ToString(), (string?)data["taxRefund"]!["outcome"]);
    }

    private Task<Requester> RequesterAsync(string email) => DemoRequesters.ForAsync(factory.Services, email);

    // The question the pages' "Ask why" button sends, in the user's language (the bot answers in the text's language).
    private string AskWhy(string culture, string orderId)
    {
        using var scope = ReplyCulture.Use(culture);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, factory.Services.GetRequiredService<IStringLocalizer<ChatResource>>()["Panel_AskWhyTemplate"].Value, orderId);
    }
}

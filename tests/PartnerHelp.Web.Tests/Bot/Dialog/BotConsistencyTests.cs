using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHelp.Infrastructure.Demo;
using PartnerHelp.Testing;
using PartnerHelp.Web.Bot.Dialog;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Tests.Bot.DirectLine;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>
/// The bot and the eligibility API (which the pages share through EligibilityText) must agree for every
/// demo user and order at the same moment: same outcome, same reason codes, same reason sentences, and
/// "not found" exactly where the API answers 404.
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

    // The question the pages' "Ask why" button sends, in the user's language (the bot answers in the text's language).
    private string AskWhy(string culture, string orderId)
    {
        using var scope = ReplyCulture.Use(culture);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, factory.Services.GetRequiredService<IStringLocalizer<ChatResource>>()["Panel_AskWhyTemplate"].Value, orderId);
    }
}

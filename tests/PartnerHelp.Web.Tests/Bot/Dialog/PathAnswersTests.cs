using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Testing;
using PartnerHelp.Web.Eligibility;
using PartnerHelp.Web.Tests.Bot.DirectLine;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>
/// "Why can't I …?" about the refund paths' demo resources, through Direct Line as a signed-in user: the
/// bot's reasons are the eligibility service's, in the user's language and worded as the pages word them;
/// another partner's id gets the same answer as an unknown one.
/// </summary>
public sealed class PathAnswersTests(PartnerHelpFactory factory) : IClassFixture<PartnerHelpFactory>
{
    private const string VmReservation = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    public static TheoryData<string, string> Questions => new()
    {
        { "en", "Why can't I cancel NW-SUB-1002?" },
        { "vi", "Tại sao tôi không thể hủy NW-SUB-1002?" },
        { "sv", "Varför kan jag inte avsluta NW-SUB-1002?" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Subscription_GivesTheServicesReasonsAndRemedy_InTheUsersLanguage(string culture, string question)
    {
        var bot = await BotAsync("agent@northwind.example", culture);

        var reply = await bot.AskAsync(question, culture);

        var expected = await RenderAsync("agent@northwind.example", culture, async (s, r) =>
            (await s.GetRequiredService<CspSubscriptionService>().ListAsync(r)).Single(v => v.Subscription.Id == "NW-SUB-1002").Eligibility);
        Assert.Equal(culture, (string?)reply["locale"]);
        Assert.Equal(["SubscriptionCancelWindowExpired"], DirectLineTestClient.ReasonCodes(reply));
        Assert.Equal("NotEligible", Data(reply)["outcome"]!.ToString());
        Assert.All(expected, sentence => Assert.Contains(sentence, (string?)reply["text"], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "why can't I cancel item SO-5001-2 of order SO-5001?", "Ask for an exchange or a refund of the item instead.")]
    [InlineData("vi", "tại sao tôi không thể hủy mặt hàng SO-5001-2?", null)]
    [InlineData("sv", "varför kan jag inte avbeställa artikel SO-5001-2?", null)]
    [InlineData("en", "can I still cancel item 2 of SO-5001?", "Ask for an exchange or a refund of the item instead.")]
    [InlineData("de", "Kann ich den zweiten Artikel der Bestellung SO-5001 stornieren?", null)]
    [InlineData("es", "¿todavía puedo cancelar el mando de Xbox que pedí en la tienda?", null)]
    public async Task StoreItem_ExplainsTheCharge_InTheUsersLanguage(string culture, string question, string? remedy)
    {
        var bot = await BotAsync("admin@contoso.example", culture);

        var reply = await bot.AskAsync(question, culture);

        var expected = await RenderAsync("admin@contoso.example", culture, async (s, r) =>
            (await s.GetRequiredService<StoreOrderService>().ListAsync(r)).SelectMany(o => o.Items).Single(i => i.Item.Id == "SO-5001-2").Cancel);
        Assert.Equal(["StoreItemCharged"], DirectLineTestClient.ReasonCodes(reply));
        Assert.Equal("SO-5001-2", Data(reply)["orderId"]!.ToString());
        Assert.All(expected, sentence => Assert.Contains(sentence, (string?)reply["text"], StringComparison.Ordinal));
        if (remedy is not null)
        {
            Assert.Contains(remedy, (string?)reply["text"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StoreOrder_AnswersForEachItem()
    {
        var bot = await BotAsync("admin@contoso.example", "en");

        var reply = await bot.AskAsync("Why can't I cancel SO-5001?", "en");

        var text = (string)reply["text"]!;
        Assert.StartsWith("Here is where each item of store order SO-5001 stands:", text, StringComparison.Ordinal);
        Assert.Contains("You can cancel item SO-5001-1 (Surface Laptop 7) now", text, StringComparison.Ordinal);
        Assert.Contains("You cannot cancel item SO-5001-2 (Xbox Wireless Controller) because:", text, StringComparison.Ordinal);
    }

    // A store order named together with one of its items described asks about that item: the item's own decision, the
    // same the store page shows for it (the order alone is answered for every item, above).
    [Theory]
    [InlineData("de", "Kann ich die Vorbestellung in SO-5001 noch stornieren?", "SO-5001-1")]
    [InlineData("fr", "la manette Xbox de la commande SO-5001 est déjà débitée, je peux encore l'annuler ?", "SO-5001-2")]
    [InlineData("ja", "SO-5001のXboxコントローラーはキャンセルできますか？", "SO-5001-2")]
    public async Task StoreOrderNamed_WithAnItemDescribed_GetsThatItemsDecision(string culture, string question, string item)
    {
        var bot = await BotAsync("admin@contoso.example", culture);

        var reply = await bot.AskAsync(question, culture);

        var cancel = await RenderAsync("admin@contoso.example", culture, async (s, r) =>
            (await s.GetRequiredService<StoreOrderService>().ListAsync(r)).SelectMany(o => o.Items).Single(i => i.Item.Id == item).Cancel);
        var text = (string)reply["text"]!;
        Assert.Equal((item, culture), (Data(reply)["orderId"]!.ToString(), (string?)reply["locale"]));
        Assert.DoesNotContain(item == "SO-5001-1" ? "SO-5001-2" : "SO-5001-1", text, StringComparison.Ordinal);
        Assert.Equal(item == "SO-5001-1" ? (string[])[] : ["StoreItemCharged"], DirectLineTestClient.ReasonCodes(reply));
        Assert.All(cancel, sentence => Assert.Contains(sentence, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pt-BR", "dá pra cancelar a pré-venda do Surface que fiz na loja?")]
    [InlineData("de", "Kann ich den ersten Artikel von SO-5001 noch stornieren?")]
    public async Task StoreItem_DescribedWithNoIdOrNamedByNumber_IsAnsweredForThatItem(string culture, string question)
    {
        var bot = await BotAsync("admin@contoso.example", culture);

        var reply = await bot.AskAsync(question, culture);

        Assert.Equal("SO-5001-1", Data(reply)["orderId"]!.ToString());
        Assert.Equal("SelfServeCancel", Data(reply)["outcome"]!.ToString());
        Assert.Equal(culture, (string?)reply["locale"]);
    }

    [Theory]
    [InlineData("en", "Why can't I return reservation " + VmReservation + "?", "You can return reservation " + VmReservation)]
    [InlineData("vi", "Tại sao tôi không thể trả lại đặt trước " + VmReservation + "?", "Bạn có thể trả lại đặt trước " + VmReservation)]
    [InlineData("sv", "Varför kan jag inte returnera reservationen " + VmReservation + "?", "Du kan returnera reservationen " + VmReservation)]
    public async Task Reservation_SaysItCanBeReturned_ForTheCspAgent(string culture, string question, string start)
    {
        var bot = await BotAsync("agent@northwind.example", culture);

        var reply = await bot.AskAsync(question, culture);

        Assert.StartsWith(start, (string?)reply["text"], StringComparison.Ordinal);
        Assert.Equal("SelfServeCancel", Data(reply)["outcome"]!.ToString());
        Assert.Empty(DirectLineTestClient.ReasonCodes(reply));
    }

    [Theory]
    [InlineData("en", "why can't I get a tax refund for NW-3001", "You can request a tax refund for order NW-3001")]
    [InlineData("sv", "varför kan jag inte få skatteåterbetalning för NW-3001", "Du kan begära skatteåterbetalning för beställningen NW-3001")]
    public async Task TaxRefund_AnswersForTheNamedOrder(string culture, string question, string start)
    {
        var bot = await BotAsync("agent@northwind.example", culture);

        var reply = await bot.AskAsync(question, culture);

        Assert.Equal("TaxRefund", DirectLineTestClient.Intent(reply));
        Assert.StartsWith(start, (string?)reply["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "NW-SUB-1002", "XX-SUB-9999")]
    [InlineData("vi", VmReservation, "00000000-0000-4000-8000-000000000000")]
    [InlineData("sv", "CR-20260101-ABCDEF", "CR-20260101-ZZZZZZ")]
    public async Task AnotherPartnersResource_GetsTheSameAnswerAsAnUnknownOne(string culture, string otherPartners, string unknown)
    {
        var bot = await BotAsync("admin@contoso.example", culture);

        var other = await bot.AskAsync($"why can't I cancel {otherPartners}?", culture);
        var missing = await bot.AskAsync($"why can't I cancel {unknown}?", culture);

        Assert.Equal(((string)missing["text"]!).Replace(unknown, "{id}", StringComparison.Ordinal), ((string)other["text"]!).Replace(otherPartners, "{id}", StringComparison.Ordinal));
        Assert.Null((string?)Data(other)["outcome"]);
        Assert.Empty(DirectLineTestClient.ReasonCodes(other));
    }

    private async Task<DirectLineTestClient> BotAsync(string email, string culture)
    {
        var http = factory.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(http, email, culture);
        return await DirectLineTestClient.StartAsync(http, culture);
    }

    private static JsonNode Data(JsonObject reply) => reply["channelData"]!["partnerhelp"]!;

    /// <summary>The reason sentences the pages show for the same decision, in <paramref name="culture"/>.</summary>
    private async Task<List<string>> RenderAsync(string email, string culture, Func<IServiceProvider, Requester, Task<EligibilityResult>> decide)
    {
        var requester = await DemoRequesters.ForAsync(factory.Services, email);
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await decide(scope.ServiceProvider, requester);
        var text = scope.ServiceProvider.GetRequiredService<EligibilityText>();
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return [.. result.Reasons.Select(text.Reason), .. result.Reasons.Select(text.Remedy).OfType<string>()];
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}

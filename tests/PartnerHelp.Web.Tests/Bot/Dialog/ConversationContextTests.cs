using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Testing;
using PartnerHelp.Web.Bot.Dialog;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>
/// A short message after an answer keeps its own topic when that topic goes on from the answer as well: a question
/// that can be about the resource just discussed is asked about that resource. A question that is only a follow-up
/// still continues the last answer.
/// </summary>
public sealed class ConversationContextTests(PartnerHelpFactory factory) : IClassFixture<PartnerHelpFactory>
{
    [Theory]
    [InlineData("why can't I cancel CT-1005?", "alright, where do I raise the ticket for it?", "SupportTicket", "CT-1005")]
    [InlineData("is CT-1008 cancellable?", "and when will we actually see that money?", "RefundStatus", "CT-1008")]
    [InlineData("CT-1008 kan avbrytas?", "och när kommer pengarna tillbaka?", "RefundStatus", "CT-1008")]
    public async Task RespondAsync_KeepsTheMessagesOwnTopic_AboutTheRememberedResource(string first, string next, string topic, string resource)
    {
        var reply = await ConverseAsync("admin@contoso.example", first, next);

        Assert.Equal((topic, resource), (reply.Topic, reply.Resource));
    }

    [Fact]
    public async Task RespondAsync_StillContinuesTheLastAnswer_ForAPlainFollowUp()
    {
        var reply = await ConverseAsync("admin@contoso.example", "why can't I cancel CT-1005?", "so how do I sort that out?");

        Assert.Equal(("OrderEligibility", "CT-1005"), (reply.Topic, reply.Resource));
    }

    [Theory]
    [InlineData("What happens if I cancel NW-SUB-1001?", "what about the other subscription?", "en")]
    [InlineData("Was passiert, wenn ich NW-SUB-1001 kündige?", "Und das andere Abo?", "de")]
    [InlineData("Puis-je résilier NW-SUB-1001 ?", "et l'autre alors ?", "fr")]
    [InlineData("¿Puedo cancelar NW-SUB-1001?", "¿Y la otra suscripción?", "es")]
    [InlineData("NW-SUB-1001 を解約できますか？", "もう一つの方は？", "ja")]
    public async Task RespondAsync_TakesTheUsersOtherResource_ForTheOtherOne(string first, string next, string language)
    {
        var reply = await ConverseAsync("agent@northwind.example", first, next);

        Assert.Equal(("CspSubscription", "NW-SUB-1002", language), (reply.Topic, reply.Resource, reply.Locale));
    }

    [Fact]
    public async Task RespondAsync_DoesNotGuessTheOtherOne_AmongSeveral()
    {
        // Contoso has eight membership orders: "the other one" names none of them, and the answer stays on the order discussed.
        var reply = await ConverseAsync("admin@contoso.example", "why can't I cancel CT-1005?", "and the other one?");

        Assert.Equal("CT-1005", reply.Resource);
    }

    [Theory]
    [InlineData("when would I get my money back if I cancel CT-1001?", "en")]
    [InlineData("Bis wann ist das Geld wieder auf der Karte, falls ich CT-1001 jetzt storniere?", "de")]
    [InlineData("hur snabbt får vi pengarna tillbaka om jag avbryter CT-1001?", "sv")]
    [InlineData("si je résilie CT-1001, l'argent revient quand ?", "fr")]
    [InlineData("CT-1001をキャンセルすると返金はいつになりますか？", "ja")]
    public async Task RespondAsync_AddsRefundTiming_WhenAskedWhenForAnOrderThatCanBeCancelled(string question, string language)
    {
        // Read as torn (English, Swedish, Japanese) the question gets the order's eligibility; read as a refund question only
        // (German, French), "not cancelled, so no refund" comes first (round 10). Either way it says the order can be
        // cancelled and ends with how refunds are paid.
        var reply = await ConverseAsync("admin@contoso.example", question);

        Assert.Equal(("CT-1001", "SelfServeCancel", language), (reply.Resource, reply.Outcome, reply.Locale));
        var none = Localized("Answer_RefundNone", language).Replace("{0}", "CT-1001", StringComparison.Ordinal);
        Assert.Equal(reply.Topic == "RefundStatus", reply.Text.StartsWith(none, StringComparison.Ordinal));
        Assert.Contains(reply.Topic, new[] { "OrderEligibility", "RefundStatus" });
        Assert.Contains(Localized("Link_Cancel", language), reply.Links.Select(l => l.Title));
        Assert.EndsWith(Localized("Answer_RefundGeneral", language), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RespondAsync_LeavesRefundTimingOut_WhenOnlyEligibilityIsAsked()
    {
        var reply = await ConverseAsync("admin@contoso.example", "can I cancel CT-1001?");

        Assert.Equal(("OrderEligibility", "SelfServeCancel"), (reply.Topic, reply.Outcome));
        Assert.DoesNotContain(Localized("Answer_RefundGeneral", "en"), reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has the refund for CT-1003 been paid yet?", "why can't I cancel CT-1003?", "en", "CT-1003", "NotEligible")]
    [InlineData("Wo bleibt die Rückerstattung für CT-1002?", "Warum kann ich CT-1002 nicht stornieren?", "de", "CT-1002", "NotEligible")]
    [InlineData("hoàn tiền của CT-1001 đang ở đâu?", "tôi có hủy được CT-1001 không?", "vi", "CT-1001", "SelfServeCancel")]
    public async Task RespondAsync_AnswersARefundQuestionAsAsked_ForAnOrderWithoutARefund(string question, string eligibilityQuestion, string language, string order, string outcome)
    {
        // The order has not been cancelled: the answer says so first, then gives the order's eligibility as that answer
        // gives it (with how refunds are paid when it can be cancelled).
        var reply = await ConverseAsync("admin@contoso.example", question);
        var eligibility = await ConverseAsync("admin@contoso.example", eligibilityQuestion);

        Assert.Equal(("RefundStatus", order, outcome, language), (reply.Topic, reply.Resource, reply.Outcome, reply.Locale));
        Assert.Equal(("OrderEligibility", order, outcome, language), (eligibility.Topic, eligibility.Resource, eligibility.Outcome, eligibility.Locale));
        var none = Localized("Answer_RefundNone", language).Replace("{0}", order, StringComparison.Ordinal);
        Assert.StartsWith(none + "\n\n" + eligibility.Text.Split('\n')[0], reply.Text, StringComparison.Ordinal);
        Assert.Equal(outcome == "SelfServeCancel", reply.Text.EndsWith(Localized("Answer_RefundGeneral", language), StringComparison.Ordinal));
    }

    private string Localized(string key, string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return factory.Services.GetRequiredService<IStringLocalizer<ChatResource>>()[key].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("agent@northwind.example", "why is the cancel button greyed out for CT-1004?", "ok so what do I do about it?")]
    [InlineData("agent@northwind.example", "Warum kann ich CT-9999 nicht stornieren?", "und wer kann das ändern?")]
    [InlineData("admin@fabrikam.example", "CT-1002 の返金はできますか？", "どうすればいいですか？")]
    public async Task RespondAsync_AnswersAFollowUpOnAnUnknownId_AsUnknownAgain(string email, string first, string next)
    {
        // Another partner's id (CT-1004 is Contoso's) and one that does not exist (CT-9999) get the same answer.
        var reply = await ConverseAsync(email, first, next);

        Assert.Equal((false, (string?)null, 0), (reply.Found, reply.Outcome, reply.ReasonCodes?.Count ?? 0));
    }

    private Task<BotReply> ConverseAsync(string email, params string[] texts) =>
        DialogConversation.ConverseAsync(factory.Services, "context", email, texts);
}

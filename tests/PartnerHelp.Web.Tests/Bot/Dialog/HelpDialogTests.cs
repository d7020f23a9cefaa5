using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Chat;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Testing;
using PartnerHelp.Web.Bot.Dialog;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

public sealed class HelpDialogTests(PartnerHelpFactory factory) : IClassFixture<PartnerHelpFactory>
{
    public static TheoryData<string, string, string> TopicAnswers => new()
    {
        { "Topic_HowToCancel", "MembershipHowToCancel", "Answer_HowToCancel" },
        { "Topic_RefundCriteria", "MembershipCriteria", "Answer_RefundCriteria" },
        { "Topic_CreditDeadline", "CreditRequest", "Answer_CreditDeadline" },
        { "Topic_Reservation", "Reservation", "Answer_Reservation" },
        { "Topic_WireTransfer", "SupportTicket", "Answer_SupportTicket" },
        { "Topic_TaxRefund", "TaxRefund", "Answer_TaxRefund" },
        { "Topic_CspSubscription", "CspSubscription", "Answer_CspSubscription" },
        { "Topic_StoreOrder", "StoreOrder", "Answer_StoreOrder" },
    };

    [Theory]
    [MemberData(nameof(TopicAnswers))]
    public async Task RespondAsync_AnswersEachTopicInItsLanguage_ForEnglishVietnameseAndSwedish(string topicKey, string intent, string answerKey)
    {
        foreach (var culture in new[] { "en", "vi", "sv" })
        {
            var question = Localized(topicKey, culture);
            var reply = await AskAsync(question, Requester.Anonymous, locale: null, conversationLocale: null);
            Assert.Equal(intent, reply.Topic);
            Assert.Equal(culture, reply.Locale);
            Assert.StartsWith(Localized(answerKey, culture), reply.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "is there a real person reading this?")]
    [InlineData("sv", "sitter det en riktig människa och svarar?")]
    [InlineData("vi", "có người thật đang trả lời không?")]
    public async Task RespondAsync_AnswersQuestionsAboutTheBot_WithWhatItCoversAndThatItCannotActForTheUser(string culture, string question)
    {
        // Round 11: the help answer names every topic (CSP subscriptions and store orders too) and says that the bot is
        // automated and explains, while cancelling or asking for a refund is done on the site or by support.
        var reply = await AskAsync(question, await RequesterAsync("admin@contoso.example"), locale: null, conversationLocale: null);
        Assert.Equal("Help", reply.Topic);
        Assert.Equal(culture, reply.Locale);
        Assert.StartsWith(Localized("Answer_Help", culture), reply.Text, StringComparison.Ordinal);
        Assert.Contains("CSP", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "Warum kann ich CT-1002 nicht stornieren?", "OrderEligibility")]
    [InlineData("fr", "Quels sont les critères de remboursement ?", "MembershipCriteria")]
    [InlineData("es", "¿Cuándo llega mi reembolso?", "RefundStatus")]
    [InlineData("ja", "Azure予約を交換できますか？", "Reservation")]
    [InlineData("pt-BR", "Paguei por transferência bancária", "SupportTicket")]
    [InlineData("ar", "ما هو آخر موعد لطلب الرصيد؟", "CreditRequest")]
    public async Task RespondAsync_UnderstandsAndAnswersInTheDetectedLanguage_ForOtherSiteCultures(string culture, string question, string intent)
    {
        var reply = await AskAsync(question, await RequesterAsync("admin@contoso.example"), locale: null, conversationLocale: null);
        Assert.Equal(intent, reply.Topic);
        Assert.Equal(culture, reply.Locale);
    }

    [Fact]
    public async Task RespondAsync_AnswersInTheTextsLanguage_WhenItIsClear_ElseTheLocale()
    {
        var german = await AskAsync("Wie lange dauert eine Rückerstattung normalerweise?", Requester.Anonymous, locale: "en", conversationLocale: null);
        Assert.Equal("de", german.Locale);
        var swedishLocale = await AskAsync("CT-1002?", Requester.Anonymous, locale: "sv-SE", conversationLocale: "vi");
        Assert.Equal("sv", swedishLocale.Locale);
        var conversation = await AskAsync("CT-1002?", Requester.Anonymous, locale: null, conversationLocale: "vi");
        Assert.Equal("vi", conversation.Locale);
        var unsupported = await AskAsync("Vilka villkor gäller för återbetalning?", Requester.Anonymous, locale: "zh-CN", conversationLocale: null);
        Assert.Equal("sv", unsupported.Locale);
    }

    [Fact]
    public async Task RespondAsync_KeepsTheUsersLanguage_ForAShortFollowUp()
    {
        var conversation = NewConversation(null);
        var admin = await RequesterAsync("admin@contoso.example");
        var first = await AskAsync("Varför kan jag inte avbryta CT-1005?", admin, locale: "en", conversation: conversation);
        var next = await AskAsync("CT-1007?", admin, locale: "en", conversation: conversation);
        Assert.Equal("sv", first.Locale);
        Assert.Equal("sv", next.Locale);
        Assert.Equal("CT-1007", next.Resource);
    }

    [Theory]
    [InlineData("how do I fix that?")]
    [InlineData("who can do it then?")]
    public async Task RespondAsync_ContinuesTheOrder_ForAFollowUp(string followUp)
    {
        var conversation = NewConversation(null);
        var admin = await RequesterAsync("admin@contoso.example");
        await AskAsync("why can't I cancel CT-1005?", admin, conversation: conversation);
        var reply = await AskAsync(followUp, admin, conversation: conversation);
        Assert.Equal("OrderEligibility", reply.Topic);
        Assert.Equal("CT-1005", reply.Resource);
        Assert.Equal(["PaymentNotCreditCard"], reply.ReasonCodes);
    }

    [Theory]
    [InlineData("ct 1002")]
    [InlineData("Ct1002")]
    [InlineData("order 1002")]
    [InlineData("CT_1002")]
    public async Task RespondAsync_FindsTheOrder_AsPeopleWriteIt(string written)
    {
        var reply = await AskAsync($"why can't I cancel {written}?", await RequesterAsync("admin@contoso.example"));
        Assert.Equal("CT-1002", reply.Resource);
        Assert.Equal(["PurchaseWindowExpired"], reply.ReasonCodes);
    }

    [Fact]
    public async Task RespondAsync_AnswersTheCancelQuestion_NotTheRefundStatus_ForAnEligibleOrder()
    {
        var reply = await AskAsync("Can I cancel CT-1001 and get my money back?", await RequesterAsync("admin@contoso.example"));
        Assert.Equal("OrderEligibility", reply.Topic);
        Assert.Equal("SelfServeCancel", reply.Outcome);
    }

    [Fact]
    public async Task RespondAsync_GivesTheRefundStatus_ForAShortRefundQuestion()
    {
        var reply = await AskAsync("CT-1008 refund?", await RequesterAsync("admin@contoso.example"));
        Assert.Equal("RefundStatus", reply.Topic);
        Assert.Equal("CT-1008", reply.Resource);
    }

    [Fact]
    public async Task RespondAsync_ComputesTheCreditDeadline_FromADateInTheMessage()
    {
        var reply = await AskAsync("We had an incident on 26 November 2026, until when can we file a credit request?", Requester.Anonymous);
        Assert.Equal("CreditRequest", reply.Topic);
        Assert.True(reply.Text.Contains("December 31, 2026", StringComparison.Ordinal), reply.Text);
    }

    [Fact]
    public async Task RespondAsync_SaysTheOrdersOwnRefundIsClosed_ForTheTaxRefundOfNW3001()
    {
        var reply = await AskAsync("Can we get the tax back on NW-3001?", await RequesterAsync("agent@northwind.example"));
        Assert.Equal("TaxRefund", reply.Topic);
        Assert.Equal("NotEligible", reply.Outcome);
        Assert.Equal(["PurchaseWindowExpired"], reply.ReasonCodes);
        Assert.Equal("SelfServeCancel", reply.TaxRefundOutcome);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, Localized("Answer_TaxOrderClosed", "en"), "NW-3001"), reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How do I open a support ticket?", "SupportTicket")]
    [InlineData("Can I cancel a CSP subscription a couple of days after I bought it?", "CspSubscription")]
    [InlineData("Can I cancel an item that was already charged?", "StoreOrder")]
    public async Task RespondAsync_AnswersEveryRefundPath_InGeneral(string question, string topic)
    {
        var reply = await AskAsync(question, Requester.Anonymous);
        Assert.Equal(topic, reply.Topic);
        Assert.Null(reply.Resource);
    }

    [Fact]
    public async Task RespondAsync_NamesReasonsTicketLinkAndRemedy_ForWireTransferOrder()
    {
        var reply = await AskAsync("why can't I cancel CT-1005?", await RequesterAsync("admin@contoso.example"));
        Assert.Equal(["PaymentNotCreditCard"], reply.ReasonCodes);
        Assert.Equal("SupportTicketRequired", reply.Outcome);
        Assert.Contains("CT-1005", reply.Text, StringComparison.Ordinal);
        Assert.Contains("wire transfer", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(reply.Links, l => l.Value == "http://localhost/en/tickets/new?order=CT-1005");
    }

    [Fact]
    public async Task RespondAsync_GivesEveryFailingReason_ForOrderWithThreeReasons()
    {
        var reply = await AskAsync("Why is the cancel button greyed out for CT-1007?", await RequesterAsync("admin@contoso.example"));
        Assert.Equal(["PurchaseWindowExpired", "BenefitsActivated", "PaymentNotCreditCard"], reply.ReasonCodes);
        Assert.Contains("40", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RespondAsync_OffersTheCancelLink_WhenTheUserCanCancel()
    {
        var reply = await AskAsync("Why is cancel disabled for CT-1001?", await RequesterAsync("admin@contoso.example"));
        Assert.Equal("SelfServeCancel", reply.Outcome);
        Assert.Empty(reply.ReasonCodes!);
        Assert.Contains(reply.Links, l => l.Value == "http://localhost/en/memberships/CT-1001/cancel");
    }

    [Fact]
    public async Task RespondAsync_AddsNotMpnAdmin_ForAUserWithoutTheRole()
    {
        var reply = await AskAsync("Why is cancel disabled for CT-1001?", await RequesterAsync("user@contoso.example"));
        Assert.Equal(["NotMpnAdmin"], reply.ReasonCodes);
        Assert.Contains(Localized("Answer_WhatNext", "en"), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RespondAsync_SaysItCannotFindTheOrder_WhenItBelongsToAnotherPartner()
    {
        var reply = await AskAsync("Why is cancel disabled for FB-2001?", await RequesterAsync("admin@contoso.example"));
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, Localized("Answer_OrderNotFound", "en"), "FB-2001"), reply.Text);
        Assert.Null(reply.Outcome);
        Assert.DoesNotContain("suspended", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RespondAsync_AsksWhichOrderThenAnswers_WhenNoOrderIsNamed()
    {
        var conversation = NewConversation(null);
        var admin = await RequesterAsync("admin@contoso.example");
        var question = await AskAsync("Why is my cancel button disabled?", admin, conversation: conversation);
        Assert.Equal(Localized("Answer_WhichOrder", "en"), question.Text);
        Assert.Contains(question.SuggestedActions, a => a.Type == "imBack" && a.Value == "CT-1002");
        Assert.DoesNotContain(question.SuggestedActions, a => a.Value == "FB-2001");
        Assert.Equal(DialogWait.Resource, DialogState.Parse(conversation.PendingIntent).Waiting);

        var answer = await AskAsync("CT-1006", admin, conversation: conversation);
        Assert.Equal(["UpgradedWithGoldDiscount"], answer.ReasonCodes);
        Assert.Equal(DialogWait.Nothing, DialogState.Parse(conversation.PendingIntent).Waiting);
    }

    [Fact]
    public async Task RespondAsync_ReportsTheRefundInProgress_ForTheCancelledOrder()
    {
        var reply = await AskAsync("When will my refund arrive?", await RequesterAsync("admin@contoso.example"));
        Assert.Equal("RefundStatus", reply.Topic);
        Assert.Equal("CT-1008", reply.Resource);
        Assert.Contains("Processing", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("30 days", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RespondAsync_AsksToSignIn_WhenAnonymousAsksAboutAnOrder()
    {
        var reply = await AskAsync("Why is cancel disabled for CT-1002?", Requester.Anonymous);
        Assert.Equal(Localized("Answer_SignInForOrders", "en"), reply.Text);
        Assert.Null(reply.ReasonCodes);
    }

    [Fact]
    public async Task RespondAsync_TellsTaxExemptPartner_ItIsExempt()
    {
        var reply = await AskAsync("How do I get a tax refund?", await RequesterAsync("agent@northwind.example"));
        Assert.Contains(Localized("Answer_TaxExempt", "en"), reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("purple elephants", "None")]
    [InlineData("hello", "Greeting")]
    [InlineData("help", "Help")]
    public async Task RespondAsync_OffersTopicsAsButtons_ForFallbackGreetingAndHelp(string text, string intent)
    {
        var reply = await AskAsync(text, Requester.Anonymous);
        Assert.Equal(intent, reply.Topic);
        Assert.Equal(10, reply.SuggestedActions.Count);
        Assert.All(reply.SuggestedActions, a => Assert.Equal("imBack", a.Type));
    }

    private async Task<BotReply> AskAsync(string text, Requester requester, string? locale = null, string? conversationLocale = null, BotConversation? conversation = null)
    {
        using var scope = factory.Services.CreateScope();
        var dialog = scope.ServiceProvider.GetRequiredService<HelpDialog>();
        return await dialog.RespondAsync(new BotTurn(text, locale, conversation ?? NewConversation(conversationLocale), requester, null, "http://localhost"));
    }

    private static BotConversation NewConversation(string? locale) =>
        new() { Id = "test", ChannelId = "test", Locale = locale, CreatedAt = DateTimeOffset.UnixEpoch, LastActivityAt = DateTimeOffset.UnixEpoch };

    private Task<Requester> RequesterAsync(string email) => DemoRequesters.ForAsync(factory.Services, email);

    private string Localized(string key, string culture)
    {
        using var use = ReplyCulture.Use(culture);
        return factory.Services.GetRequiredService<IStringLocalizer<ChatResource>>()[key].Value;
    }
}

using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Chat;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>
/// The help bot's dialog: reads the message (<see cref="ChatRecognizer"/>), resolves what it names, decides with
/// the conversation's state what to answer (<see cref="TurnDecision"/>), answers in the message's language and
/// remembers topic and resource for follow-ups. Facts about orders come from <see cref="OrderAnswers"/>, about the
/// other refund paths from <see cref="PathAnswers"/> and <see cref="CreditAnswers"/>: the services the pages use.
/// </summary>
public sealed class HelpDialog(
    ChatRecognizer recognizer,
    ResourceResolver resolver,
    OrderAnswers orders,
    PathAnswers paths,
    CreditAnswers credits,
    IStringLocalizer<ChatResource> text,
    TimeProvider time)
{
    private static readonly (ChatTopic Topic, string Key)[] TopicQuestions =
    [
        (ChatTopic.OrderEligibility, "Topic_WhyDisabled"), (ChatTopic.MembershipHowToCancel, "Topic_HowToCancel"),
        (ChatTopic.RefundStatus, "Topic_RefundStatus"), (ChatTopic.MembershipCriteria, "Topic_RefundCriteria"),
        (ChatTopic.CspSubscription, "Topic_CspSubscription"), (ChatTopic.CreditRequest, "Topic_CreditDeadline"),
        (ChatTopic.Reservation, "Topic_Reservation"), (ChatTopic.StoreOrder, "Topic_StoreOrder"),
        (ChatTopic.TaxRefund, "Topic_TaxRefund"), (ChatTopic.SupportTicket, "Topic_WireTransfer"),
    ];

    /// <summary>Answers one message; updates the conversation's language and dialog state.</summary>
    public async Task<BotReply> RespondAsync(BotTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var state = DialogState.Parse(turn.Conversation.PendingIntent);
        var reading = recognizer.Read(turn.Text, today, state.LanguageFromText ? turn.Conversation.Locale : null);
        var culture = ReplyCulture.Choose(turn.Locale, turn.Conversation.Locale, reading.Language, state.LanguageFromText);
        turn.Conversation.Locale = culture;
        var named = await resolver.ResolveAsync(reading, turn.Text, turn.Requester, cancellationToken);
        if (named is null && state.ResourceId is { } last)
        {
            named = await resolver.InConversationAsync(reading, turn.Text, last, turn.Requester, cancellationToken);
        }

        var plan = TurnDecision.Decide(reading, state, named);

        // The order the turn is about is read, and decided by the eligibility service, once: the refund-topic rule below
        // and the answer both use this view. Nothing is kept for the next turn, which reads the order afresh.
        var order = plan.Resource is { Kind: NamedResourceKind.MembershipOrder } resource ? await orders.ReadAsync(turn, resource.Id, cancellationToken) : null;
        var noRefundYet = false;
        if (RefundTopicRule.OrderDecides(reading, plan, state) && turn.Requester.IsAuthenticated)
        {
            // An order without a refund is asked about its eligibility, unless the message asks only where its refund is:
            // that is answered as asked ("not cancelled, so no refund"), with the eligibility after it.
            var hasRefund = order?.View?.Refund is not null;
            noRefundYet = !hasRefund && plan.Topic == ChatTopic.RefundStatus && RefundTopicRule.AsksOnlyForTheRefund(reading);
            plan = plan with { Topic = hasRefund || noRefundYet ? ChatTopic.RefundStatus : ChatTopic.OrderEligibility };
        }

        // "When would my money be back if I cancel CT-1001?" is answered with the order's eligibility and, as it asks when,
        // with how refunds are paid and how long they take (only an order that can be cancelled gets that sentence).
        var refundTiming = plan.Topic == ChatTopic.OrderEligibility && reading.Score(ChatTopic.RefundStatus) >= RefundTopicRule.TornFloor;

        using var scope = ReplyCulture.Use(culture);
        var links = new SiteLinks(turn.SiteBase, culture);
        var reply = plan.Clarify ? Clarify(plan) : await AnswerAsync(turn, plan, order, reading, links, today, refundTiming, noRefundYet, cancellationToken);
        var answered = Enum.Parse<ChatTopic>(reply.Topic == "Clarify" ? nameof(ChatTopic.None) : reply.Topic);
        turn.Conversation.PendingIntent = new DialogState(
            answered is ChatTopic.None or ChatTopic.Greeting or ChatTopic.Help ? state.Topic : answered,
            // An id the user does not own is remembered too: "how do I fix that?" after the unknown-id answer gets that answer
            // again, the same for another partner's id as for one that does not exist, instead of "which order?".
            reply.Found is not null ? reply.Resource : state.ResourceId,
            turn.AskedForResource ? DialogWait.Resource : plan.Clarify ? DialogWait.Clarify : DialogWait.Nothing,
            plan.Clarify ? plan.Choices : null,
            reading.Language is not null || state.LanguageFromText).Encode();
        return reply;
    }

    /// <summary>The greeting when someone joins: in the client's locale, nothing read from a text.</summary>
    public BotReply Welcome(BotTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var culture = ReplyCulture.Choose(turn.Locale, turn.Conversation.Locale, null);
        turn.Conversation.Locale = culture;
        using var scope = ReplyCulture.Use(culture);
        return Reply(ChatTopic.Greeting, turn.DisplayName is { Length: > 0 } name ? text["Answer_GreetingNamed", name] : text["Answer_Greeting"], [], Topics());
    }

    /// <summary>The topics as suggested replies, each a question the recognizer understands in the current language.</summary>
    public IReadOnlyList<CardAction> Topics() => TopicQuestions.Select(t => CardAction.ImBack(text[t.Key], text[t.Key])).ToList();

    private async Task<BotReply> AnswerAsync(BotTurn turn, TurnPlan plan, TurnOrder? order, ChatReading reading, SiteLinks links, DateOnly today, bool refundTiming, bool noRefundYet, CancellationToken cancellationToken)
    {
        var id = plan.Resource?.Id;
        var kind = plan.Resource?.Kind;
        return plan.Topic switch
        {
            // A resource on these topics is a membership order (TurnDecision.Align), read once above.
            ChatTopic.OrderEligibility => await orders.WhyDisabledAsync(turn, order, links, refundTiming, cancellationToken),
            ChatTopic.RefundStatus => await orders.RefundStatusAsync(turn, order, links, noRefundYet, cancellationToken),
            ChatTopic.TaxRefund when order is not null => await paths.TaxRefundAsync(turn, order, links, cancellationToken),
            ChatTopic.TaxRefund => await orders.TaxRefundAsync(turn, links, cancellationToken),
            ChatTopic.SupportTicket when kind == NamedResourceKind.Incident =>
                TicketAbout(await credits.ForIncidentAsync(id!, turn.Requester, reading.Dates, today, links, cancellationToken), links),
            ChatTopic.SupportTicket => orders.SupportTicket(turn, order, links),
            // A named incident comes before a written date: the answer is about that incident (its recorded day decides).
            ChatTopic.CreditRequest when kind == NamedResourceKind.Incident => await credits.ForIncidentAsync(id!, turn.Requester, reading.Dates, today, links, cancellationToken),
            ChatTopic.CreditRequest when reading.Dates.Count > 0 => credits.ForDate(reading.Dates[0], today, links),
            ChatTopic.CreditRequest when id is null => credits.General(links),
            ChatTopic.CspSubscription or ChatTopic.StoreOrder or ChatTopic.Reservation or ChatTopic.CreditRequest when plan.Resource is { } resource =>
                await paths.WhyNotAsync(turn, resource, links, cancellationToken),
            ChatTopic.CspSubscription => Reply(plan.Topic, text["Answer_CspSubscription"], [CardAction.OpenUrl(text["Link_Subscriptions"], links.Subscriptions)], []),
            ChatTopic.StoreOrder => Reply(plan.Topic, text["Answer_StoreOrder"], [CardAction.OpenUrl(text["Link_StoreOrders"], links.StoreOrders)], []),
            ChatTopic.Reservation => Reply(plan.Topic, text["Answer_Reservation"], [CardAction.OpenUrl(text["Link_Reservations"], links.Reservations)], []),
            ChatTopic.MembershipHowToCancel => Reply(plan.Topic, text["Answer_HowToCancel"], [CardAction.OpenUrl(text["Link_Memberships"], links.Memberships)], []),
            ChatTopic.MembershipCriteria => Reply(plan.Topic, text["Answer_RefundCriteria"], [CardAction.OpenUrl(text["Link_Criteria"], links.Criteria)], []),
            ChatTopic.Greeting => Reply(plan.Topic, turn.DisplayName is { Length: > 0 } name ? text["Answer_GreetingNamed", name] : text["Answer_Greeting"], [], Topics()),
            ChatTopic.Help => Reply(plan.Topic, text["Answer_Help"], [], Topics()),
            _ => Reply(ChatTopic.None, text["Answer_Fallback"], [], Topics()),
        };
    }

    // A ticket about a resource of the credit path: how to open a ticket, then what is known of the resource. The
    // unknown-id answer stays as it is, so another partner's incident is answered exactly like one that does not exist.
    private BotReply TicketAbout(BotReply facts, SiteLinks links) => facts.Found == false
        ? facts with { Topic = nameof(ChatTopic.SupportTicket) }
        : facts with
        {
            Topic = nameof(ChatTopic.SupportTicket),
            Text = text["Answer_SupportTicket"] + "\n\n" + facts.Text,
            Links = [CardAction.OpenUrl(text["Link_Ticket"], links.NewTicket(null)), .. facts.Links],
        };

    // Two readings are close and nothing earlier decides: offer both as buttons that ask the full question.
    private BotReply Clarify(TurnPlan plan)
    {
        var choices = new[] { plan.Choices.First, plan.Choices.Second }
            .Select(topic => TopicQuestions.First(q => q.Topic == topic).Key)
            .Select(key => CardAction.ImBack(text[key], text[key]))
            .ToList();
        return new BotReply(text["Answer_Clarify"], CultureInfo.CurrentUICulture.Name, choices, [], "Clarify");
    }

    private static BotReply Reply(ChatTopic topic, string message, IReadOnlyList<CardAction> links, IReadOnlyList<CardAction> suggestions) =>
        new(message, CultureInfo.CurrentUICulture.Name, suggestions, links, topic.ToString());
}

using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Chat;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>
/// The help bot's dialog: recognizes the question, picks the reply language and answers. Everything about
/// an order comes from <see cref="OrderAnswers"/>, and about the other refund paths' resources from
/// <see cref="PathAnswers"/>; both ask the same services the pages use.
/// </summary>
public sealed class HelpDialog(IntentRecognizer recognizer, OrderAnswers orders, PathAnswers paths, IStringLocalizer<ChatResource> text)
{
    /// <summary>Answers one message; updates the conversation's language and pending question.</summary>
    public async Task<BotReply> RespondAsync(BotTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = recognizer.Recognize(turn.Text);
        var culture = ReplyCulture.Choose(turn.Locale, turn.Conversation.Locale, match.Language);
        turn.Conversation.Locale = culture;
        var pending = turn.Conversation.PendingIntent;
        turn.Conversation.PendingIntent = null;

        var intent = match.Intent;
        if (intent == ChatIntent.None && match.OrderId is not null)
        {
            // A bare order number answers the bot's own "which order?", or asks about that order.
            intent = Enum.TryParse<ChatIntent>(pending, out var waiting) ? waiting : ChatIntent.WhyCancelDisabled;
        }

        using var scope = ReplyCulture.Use(culture);
        var links = new SiteLinks(turn.SiteBase, culture);
        return intent switch
        {
            _ when match.Resource is { } resource => await paths.WhyNotAsync(turn, resource, links, cancellationToken),
            ChatIntent.TaxRefund when match.OrderId is { } taxOrder => await paths.TaxRefundAsync(turn, taxOrder, links, cancellationToken),
            ChatIntent.WhyCancelDisabled => await orders.WhyDisabledAsync(turn, match.OrderId, links, cancellationToken),
            ChatIntent.HowToCancel when match.OrderId is not null => await orders.WhyDisabledAsync(turn, match.OrderId, links, cancellationToken) with { Intent = nameof(ChatIntent.HowToCancel) },
            ChatIntent.HowToCancel => Reply(ChatIntent.HowToCancel, text["Answer_HowToCancel"], [CardAction.OpenUrl(text["Link_Memberships"], links.Memberships)], Topics()),
            ChatIntent.RefundStatus => await orders.RefundStatusAsync(turn, match.OrderId, links, cancellationToken),
            ChatIntent.RefundCriteria => Reply(ChatIntent.RefundCriteria, text["Answer_RefundCriteria"], [CardAction.OpenUrl(text["Link_Criteria"], links.Criteria)], []),
            ChatIntent.TaxRefund => await orders.TaxRefundAsync(turn, links, cancellationToken),
            ChatIntent.WireTransfer => await orders.WireTransferAsync(turn, match.OrderId, links, cancellationToken),
            ChatIntent.CreditRequestDeadline => Reply(ChatIntent.CreditRequestDeadline, text["Answer_CreditDeadline"], [CardAction.OpenUrl(text["Link_CreditRequests"], links.CreditRequests)], []),
            ChatIntent.ReservationExchange => Reply(ChatIntent.ReservationExchange, text["Answer_Reservation"], [CardAction.OpenUrl(text["Link_Reservations"], links.Reservations)], []),
            ChatIntent.Greeting => Reply(ChatIntent.Greeting, turn.DisplayName is { Length: > 0 } name ? text["Answer_GreetingNamed", name] : text["Answer_Greeting"], [], Topics()),
            ChatIntent.Help => Reply(ChatIntent.Help, text["Answer_Help"], [], Topics()),
            _ => Reply(ChatIntent.None, text["Answer_Fallback"], [], Topics()),
        };
    }

    /// <summary>The topics as suggested replies, each a question the recognizer understands in the current language.</summary>
    public IReadOnlyList<CardAction> Topics()
    {
        string[] keys = ["Topic_WhyDisabled", "Topic_HowToCancel", "Topic_RefundStatus", "Topic_RefundCriteria", "Topic_TaxRefund", "Topic_WireTransfer", "Topic_CreditDeadline", "Topic_Reservation"];
        return keys.Select(key => CardAction.ImBack(text[key], text[key])).ToList();
    }

    private static BotReply Reply(ChatIntent intent, string message, IReadOnlyList<CardAction> links, IReadOnlyList<CardAction> suggestions) =>
        new(message, System.Globalization.CultureInfo.CurrentUICulture.Name, suggestions, links, intent.ToString());
}

using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Chat;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Web.Eligibility;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>
/// Answers about the user's own orders, from <see cref="PartnerOrders"/> (the eligibility service, as the
/// pages see it for this user right now) and rendered by <see cref="EligibilityText"/>, so the bot never
/// gives a reason the page would not. Another partner's order is "not found", exactly like the pages.
/// </summary>
public sealed class OrderAnswers(PartnerOrders orders, EligibilityText eligibility, IStringLocalizer<ChatResource> text)
{
    private const int MaxChoices = 10;

    /// <summary>
    /// Reads the user's order <paramref name="orderId"/> for this turn, once: every answer about it in the turn is worded
    /// from this view. Nothing is read for a visitor.
    /// </summary>
    public async Task<TurnOrder> ReadAsync(BotTurn turn, string orderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new TurnOrder(orderId, turn.Requester.IsAuthenticated ? await orders.FindAsync(orderId, turn.Requester, cancellationToken) : null);
    }

    /// <summary>
    /// Why the Cancel button of an order is disabled (or that it is not), with reasons, remedies and links; with
    /// <paramref name="refundTiming"/>, an order that can be cancelled also gets how refunds are paid and how long they take.
    /// </summary>
    public async Task<BotReply> WhyDisabledAsync(BotTurn turn, TurnOrder? order, SiteLinks links, bool refundTiming, CancellationToken cancellationToken)
    {
        if (!turn.Requester.IsAuthenticated)
        {
            return SignIn(ChatTopic.OrderEligibility, order?.Id, links);
        }

        if (order is null)
        {
            return AskWhich(turn, ChatTopic.OrderEligibility, await orders.ListAsync(turn.Requester, cancellationToken));
        }

        return order.View is { } view ? Eligibility(view, links, refundTiming) : NotFound(ChatTopic.OrderEligibility, order.Id, links);
    }

    /// <summary>
    /// Where the refund of an order is, or when it will arrive. With <paramref name="withEligibility"/>, an order without a
    /// refund also gets its eligibility after "it has not been cancelled, so there is no refund" (a first question about its
    /// refund; right after its eligibility was answered, the sentence on how refunds are paid follows instead).
    /// </summary>
    public async Task<BotReply> RefundStatusAsync(BotTurn turn, TurnOrder? order, SiteLinks links, bool withEligibility, CancellationToken cancellationToken)
    {
        if (!turn.Requester.IsAuthenticated)
        {
            return order is null ? Reply(ChatTopic.RefundStatus, text["Answer_RefundGeneral"], [CardAction.OpenUrl(text["Link_SignIn"], links.SignIn)]) : SignIn(ChatTopic.RefundStatus, order.Id, links);
        }

        OrderView view;
        if (order is null)
        {
            // No order named: the one with a refund, answered from the view read (and decided) with the partner's other orders.
            var refunded = (await orders.ListAsync(turn.Requester, cancellationToken)).Where(v => v.Refund is not null).ToList();
            if (refunded.Count == 0)
            {
                return Reply(ChatTopic.RefundStatus, text["Answer_NoRefunds"] + " " + text["Answer_RefundGeneral"], [CardAction.OpenUrl(text["Link_Memberships"], links.Memberships)]);
            }

            if (refunded.Count > 1)
            {
                return AskWhich(turn, ChatTopic.RefundStatus, refunded);
            }

            view = refunded[0];
        }
        else if (order.View is null)
        {
            return NotFound(ChatTopic.RefundStatus, order.Id, links);
        }
        else
        {
            view = order.View;
        }

        if (view.Refund is null && withEligibility)
        {
            // "Not cancelled, so no refund" is said only of an order in force; any other without a refund gets its eligibility, as before.
            var answer = Eligibility(view, links, refundTiming: true);
            return view.Order.Status == OrderStatus.Active
                ? answer with { Topic = nameof(ChatTopic.RefundStatus), Text = text["Answer_RefundNone", view.Order.Id] + "\n\n" + answer.Text }
                : answer;
        }

        // An order without a refund yet: how a refund is paid once it is cancelled ("and the refund?" after its eligibility).
        var message = view.Refund is { } refund ? RefundSentence(view.Order.Id, refund) : text["Answer_RefundNone", view.Order.Id] + " " + text["Answer_RefundGeneral"];
        return Reply(ChatTopic.RefundStatus, message, [CardAction.OpenUrl(text["Link_Order"], links.Order(view.Order.Id))], view.Order.Id, view.Eligibility.Outcome, view.Eligibility.Reasons.Select(r => r.Code.ToString()).ToList());
    }

    // The order's eligibility: that it can be cancelled and for how much, or why not, with its refund if any and what to do next.
    private BotReply Eligibility(OrderView view, SiteLinks links, bool refundTiming)
    {
        var result = view.Eligibility;
        var offer = eligibility.Offer(view.Order.Offer);
        var codes = result.Reasons.Select(r => r.Code.ToString()).ToList();
        if (result.CanSelfServeCancel)
        {
            var amount = DisplayFormats.Money(result.RefundAmount.Amount, result.RefundAmount.Currency);
            var message = text["Answer_CanCancel", view.Order.Id, offer, amount].Value;
            if (result.WindowEndsAt is { } ends)
            {
                message += " " + text["Answer_CanCancelWindow", DisplayFormats.Date(DateOnly.FromDateTime(ends.UtcDateTime).AddDays(-1))];
            }

            if (refundTiming)
            {
                message += " " + text["Answer_RefundGeneral"];
            }

            return Reply(ChatTopic.OrderEligibility, message, [CardAction.OpenUrl(text["Link_Cancel"], links.Cancel(view.Order.Id)), CardAction.OpenUrl(text["Link_Order"], links.Order(view.Order.Id))], view.Order.Id, result.Outcome, codes);
        }

        var body = new StringBuilder();
        body.Append(text[result.Outcome == EligibilityOutcome.AlreadyCancelled ? "Answer_AlreadyCancelled" : "Answer_Disabled", view.Order.Id, offer]);
        foreach (var reason in result.Reasons)
        {
            body.Append("\n• ").Append(eligibility.Reason(reason));
        }

        if (view.Refund is { } refund)
        {
            body.Append("\n\n").Append(RefundSentence(view.Order.Id, refund));
        }

        var remedies = result.Reasons.Select(eligibility.Remedy).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        body.Append("\n\n").Append(remedies.Count > 0 ? text["Answer_WhatNext"] + "\n• " + string.Join("\n• ", remedies) : text["Answer_NothingToDo"]);

        var buttons = new List<CardAction>();
        if (result.Reasons.Any(r => r.Remedy == Remedy.OpenSupportTicket))
        {
            buttons.Add(CardAction.OpenUrl(text["Link_Ticket"], links.NewTicket(view.Order.Id)));
        }

        buttons.Add(CardAction.OpenUrl(text["Link_Order"], links.Order(view.Order.Id)));
        return Reply(ChatTopic.OrderEligibility, body.ToString(), buttons, view.Order.Id, result.Outcome, codes);
    }

    /// <summary>Tax refunds, with whether the user's organisation is tax-exempt.</summary>
    public async Task<BotReply> TaxRefundAsync(BotTurn turn, SiteLinks links, CancellationToken cancellationToken)
    {
        var message = text["Answer_TaxRefund"].Value;
        if (turn.Requester.IsAuthenticated && (await orders.ListAsync(turn.Requester, cancellationToken)).FirstOrDefault() is { } any)
        {
            message += " " + text[any.Partner.IsTaxExempt ? "Answer_TaxExempt" : "Answer_TaxNotExempt"];
        }

        return Reply(ChatTopic.TaxRefund, message, [CardAction.OpenUrl(text["Link_Criteria"], links.Criteria)]);
    }

    /// <summary>How to open a support ticket (wire transfers, suspended accounts), pre-filled with the order when the user may see it.</summary>
    public BotReply SupportTicket(BotTurn turn, TurnOrder? order, SiteLinks links)
    {
        var general = text["Answer_SupportTicket"] + " " + text["Answer_WireTransfer"];
        if (order is null || !turn.Requester.IsAuthenticated)
        {
            return Reply(ChatTopic.SupportTicket, general, [CardAction.OpenUrl(text["Link_Ticket"], links.NewTicket(null))]);
        }

        if (order.View is not { } view)
        {
            return NotFound(ChatTopic.SupportTicket, order.Id, links);
        }

        var result = view.Eligibility;
        var needed = result.Reasons.Any(r => r.Remedy == Remedy.OpenSupportTicket);
        var body = new StringBuilder(text[needed ? "Answer_TicketNeeded" : "Answer_TicketNotNeeded", view.Order.Id].Value);
        foreach (var reason in result.Reasons)
        {
            body.Append("\n• ").Append(eligibility.Reason(reason));
        }

        body.Append("\n\n").Append(general);
        return Reply(ChatTopic.SupportTicket, body.ToString(), [CardAction.OpenUrl(text["Link_Ticket"], links.NewTicket(view.Order.Id)), CardAction.OpenUrl(text["Link_Order"], links.Order(view.Order.Id))],
            view.Order.Id, result.Outcome, result.Reasons.Select(r => r.Code.ToString()).ToList()) with { Found = true };
    }

    /// <summary>The unknown-id answer: the same for an id that does not exist and for another partner's.</summary>
    public BotReply NotFound(ChatTopic topic, string orderId, SiteLinks links) =>
        Reply(topic, text["Answer_OrderNotFound", orderId], [CardAction.OpenUrl(text["Link_Memberships"], links.Memberships)], orderId) with { Found = false };

    // "Which order?" with the user's orders (those the question can be about, as read for this turn) as buttons.
    private BotReply AskWhich(BotTurn turn, ChatTopic intent, IEnumerable<OrderView> views)
    {
        var candidates = views.Take(MaxChoices).ToList();
        if (candidates.Count == 0)
        {
            return Reply(intent, text["Answer_NoOrders"], []);
        }

        turn.AskedForResource = true;
        var choices = candidates.Select(v => CardAction.ImBack($"{v.Order.Id} · {eligibility.Offer(v.Order.Offer)}", v.Order.Id)).ToList();
        return new BotReply(text["Answer_WhichOrder"], CultureInfo.CurrentUICulture.Name, choices, [], intent.ToString());
    }

    private string RefundSentence(string orderId, Refund refund)
    {
        var sentence = new StringBuilder(text["Answer_RefundStatus",
            DisplayFormats.Money(refund.Amount, refund.Currency), orderId, eligibility.RefundStatus(refund.Status), DisplayFormats.Date(refund.RequestedAt)]);
        sentence.Append(' ').Append(refund.Status switch
        {
            RefundStatus.Refunded when refund.CompletedAt is { } done => text["Answer_RefundDone", DisplayFormats.Date(done), refund.PaymentInstrument].Value,
            RefundStatus.Failed => text["Answer_RefundFailed"].Value,
            _ => text["Answer_RefundExpected", DisplayFormats.Date(refund.RequestedAt.AddDays(30))].Value,
        });
        return sentence.ToString();
    }

    // The answer is still about the id asked for (the visitor named it), though nothing about it is looked up.
    private BotReply SignIn(ChatTopic topic, string? orderId, SiteLinks links) =>
        Reply(topic, text["Answer_SignInForOrders"], [CardAction.OpenUrl(text["Link_SignIn"], links.SignIn)], orderId);

    private static BotReply Reply(ChatTopic topic, string message, IReadOnlyList<CardAction> links, string? orderId = null, EligibilityOutcome? outcome = null, IReadOnlyList<string>? codes = null) =>
        new(message, CultureInfo.CurrentUICulture.Name, [], links, topic.ToString(), orderId, outcome?.ToString(), codes) { Found = outcome is null ? null : true };
}

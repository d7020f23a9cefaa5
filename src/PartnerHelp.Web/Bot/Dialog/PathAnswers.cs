using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using PartnerHelp.Core.Chat;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Eligibility;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>
/// "Why can't I …?" for the refund paths beyond membership orders: a CSP subscription, a reservation, a
/// store order or item, a credit request and a tax refund. Each answer comes from the service the page
/// uses (so from the eligibility service, for this user, now) and is worded by <see cref="EligibilityText"/>.
/// Only the user's own partner's resources are found; anything else gets the same "not found" as an unknown id.
/// </summary>
public sealed class PathAnswers(
    CspSubscriptionService subscriptions,
    ReservationService reservations,
    StoreOrderService storeOrders,
    CreditRequestService creditRequests,
    TaxRefundService taxRefunds,
    EligibilityText eligibility,
    IStringLocalizer<ChatResource> text,
    IStringLocalizer<CreditRequestsResource> credits)
{
    /// <summary>Whether and why the named resource can (not) be cancelled, returned or exchanged.</summary>
    public async Task<BotReply> WhyNotAsync(BotTurn turn, NamedResource resource, SiteLinks links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(resource);
        var topic = TurnDecision.Align(ChatTopic.None, resource.Kind).ToString();
        if (!turn.Requester.IsAuthenticated)
        {
            return Reply(topic, text["Answer_SignInForOrders"], [CardAction.OpenUrl(text["Link_SignIn"], links.SignIn)], resource.Id);
        }

        var requester = turn.Requester;
        switch (resource.Kind)
        {
            case NamedResourceKind.CspSubscription:
                var subscription = (await subscriptions.ListAsync(requester, cancellationToken)).FirstOrDefault(s => s.Subscription.Id == resource.Id);
                return subscription is null ? NotFound(topic, resource.Id, links)
                    : Decision(topic, SubjectKind.CspSubscription, resource.Id, subscription.Subscription.ProductName, subscription.Eligibility, CardAction.OpenUrl(text["Link_Subscriptions"], links.Subscriptions));
            case NamedResourceKind.Reservation:
                var reservation = await reservations.FindAsync(resource.Id, requester, cancellationToken);
                return reservation is null ? NotFound(topic, resource.Id, links)
                    : Decision(topic, SubjectKind.Reservation, resource.Id, $"{reservation.Reservation.SkuName}, {reservation.Reservation.CustomerName}", reservation.Return, CardAction.OpenUrl(text["Link_Reservations"], links.Reservations));
            case NamedResourceKind.StoreOrder or NamedResourceKind.StoreOrderItem:
                return await StoreAsync(topic, resource, requester, links, cancellationToken);
            default:
                var request = (await creditRequests.ListAsync(requester, cancellationToken)).FirstOrDefault(r => r.Id == resource.Id);
                return request is null ? NotFound(topic, resource.Id, links) : CreditRequest(request, links);
        }
    }

    /// <summary>
    /// Whether and why a tax refund can (not) be requested for one of the user's orders, and where the order's own
    /// refund stands. The reply's outcome and reasons are the order's, as the eligibility API gives them; the tax
    /// refund's decision is beside them.
    /// </summary>
    public async Task<BotReply> TaxRefundAsync(BotTurn turn, TurnOrder order, SiteLinks links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(order);
        const string topic = nameof(ChatTopic.TaxRefund);
        if (!turn.Requester.IsAuthenticated)
        {
            return Reply(topic, text["Answer_SignInForOrders"], [CardAction.OpenUrl(text["Link_SignIn"], links.SignIn)], order.Id);
        }

        if (order.View is not { } view)
        {
            return Reply(topic, text["Answer_OrderNotFound", order.Id], [CardAction.OpenUrl(text["Link_Memberships"], links.Memberships)], order.Id) with { Found = false };
        }

        // The tax refund is decided on the order's view read for this turn, not on a second read of the order.
        var found = await taxRefunds.EvaluateAsync(view, turn.Requester, cancellationToken);
        var tax = Decision(topic, SubjectKind.TaxRefund, view.Order.Id, eligibility.Offer(view.Order.Offer), found.Decision, CardAction.OpenUrl(text["Link_Order"], links.Order(view.Order.Id)));
        var body = new StringBuilder(found.Claim is { } claim ? text["Answer_TaxRefundFiled", view.Order.Id, DisplayFormats.Date(claim.RequestedAt)] + "\n\n" : string.Empty).Append(tax.Text);
        var own = view.Eligibility;
        body.Append("\n\n").Append(text[own.Outcome == EligibilityOutcome.SelfServeCancel ? "Answer_TaxOrderOpen" : "Answer_TaxOrderClosed", view.Order.Id]);
        foreach (var reason in own.Reasons)
        {
            body.Append("\n• ").Append(eligibility.Reason(reason));
        }

        return Reply(topic, body.ToString(), tax.Links, view.Order.Id, own.Outcome, own.Reasons.Select(r => r.Code.ToString()).ToList()) with
        {
            TaxRefundOutcome = tax.Outcome,
            TaxRefundReasonCodes = tax.ReasonCodes,
        };
    }

    private async Task<BotReply> StoreAsync(string topic, NamedResource resource, Core.Accounts.Requester requester, SiteLinks links, CancellationToken cancellationToken)
    {
        var link = CardAction.OpenUrl(text["Link_StoreOrders"], links.StoreOrders);
        var items = (await storeOrders.ListAsync(requester, cancellationToken))
            .SelectMany(o => o.Items)
            .Where(i => resource.Kind == NamedResourceKind.StoreOrderItem ? i.Item.Id == resource.Id : i.Item.OrderId == resource.Id)
            .ToList();
        if (items.Count == 0)
        {
            return NotFound(topic, resource.Id, links);
        }

        if (resource.Kind == NamedResourceKind.StoreOrderItem)
        {
            return Decision(topic, SubjectKind.StoreOrderItem, resource.Id, items[0].Item.ProductName, items[0].Cancel, link);
        }

        // A whole order: each item's own decision, one after the other.
        var parts = items.Select(i => Decision(topic, SubjectKind.StoreOrderItem, i.Item.Id, i.Item.ProductName, i.Cancel, link)).ToList();
        var body = text["Answer_StoreOrderItems", resource.Id] + "\n\n" + string.Join("\n\n", parts.Select(p => p.Text));
        var codes = parts.SelectMany(p => p.ReasonCodes ?? []).Distinct(StringComparer.Ordinal).ToList();
        return Reply(topic, body, [link], resource.Id, null, codes) with { Found = true };
    }

    private BotReply Decision(string topic, SubjectKind kind, string id, string name, EligibilityResult result, CardAction link)
    {
        var codes = result.Reasons.Select(r => r.Code.ToString()).ToList();
        if (result.CanSelfServeCancel)
        {
            var amount = DisplayFormats.Money(result.RefundAmount.Amount, result.RefundAmount.Currency);
            return Reply(topic, text[$"Answer_Allowed_{kind}", id, name, amount], [link], id, result.Outcome, codes);
        }

        var body = new StringBuilder(text[$"Answer_Blocked_{kind}", id, name]);
        foreach (var reason in result.Reasons)
        {
            body.Append("\n• ").Append(eligibility.Reason(reason));
        }

        var remedies = result.Reasons.Select(eligibility.Remedy).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        body.Append("\n\n").Append(remedies.Count > 0 ? text["Answer_WhatNext"] + "\n• " + string.Join("\n• ", remedies) : text["Answer_PathNothingToDo"]);
        return Reply(topic, body.ToString(), [link], id, result.Outcome, codes);
    }

    private BotReply CreditRequest(CreditRequest request, SiteLinks links)
    {
        var link = CardAction.OpenUrl(text["Link_CreditRequests"], links.CreditRequests);
        var message = request.DecisionReason is { } reason
            ? text["Answer_CreditRequestRejected", request.Id, request.CustomerName, DisplayFormats.Date(request.StatusChangedAt), credits[$"CreditDecision_{reason}"]]
            : text["Answer_CreditRequestStatus", request.Id, request.CustomerName, credits[$"CreditStatus_{request.Status}"], DisplayFormats.Date(request.StatusChangedAt)];
        IReadOnlyList<string> codes = request.DecisionReason is { } code ? [code.ToString()] : [];
        return Reply(nameof(ChatTopic.CreditRequest), message, [link], request.Id, request.Status.ToString(), codes);
    }

    /// <summary>The unknown-id answer for a resource: the same for an id that does not exist and for another partner's.</summary>
    public BotReply NotFound(string topic, string id, SiteLinks links) =>
        Reply(topic, text["Answer_ResourceNotFound", id], [CardAction.OpenUrl(text["Link_Memberships"], links.Memberships)], id) with { Found = false };

    private static BotReply Reply(string intent, string message, IReadOnlyList<CardAction> links, string? subjectId = null, object? outcome = null, IReadOnlyList<string>? codes = null) =>
        new(message, CultureInfo.CurrentUICulture.Name, [], links, intent, subjectId, outcome?.ToString(), codes) { Found = outcome is null ? null : true };
}

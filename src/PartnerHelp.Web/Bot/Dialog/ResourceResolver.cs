using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Chat;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.RefundPaths;

namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>
/// Which resource a message names: an id as written ("CT-1002", "ct 1002"), else — for a signed-in user — one of
/// their own resources named by its number alone ("order 1002", "sub 1002"), by its amount ("my 1,900 USD order")
/// or, for a reservation, by the customer's name; a store item by what it is, an incident by its day, customer or
/// service. Only the user's own resources are matched this way, and only
/// when exactly one fits, so nothing about another partner can be learnt from it.
/// </summary>
public sealed class ResourceResolver(
    PartnerOrders orders, CspSubscriptionService subscriptions, StoreOrderService storeOrders, ReservationService reservations, CreditRequestService credits)
{
    /// <summary>The resource <paramref name="reading"/> names, or null; <paramref name="text"/> is the whole message (a long one's question is only part of it).</summary>
    public async Task<NamedResource?> ResolveAsync(ChatReading reading, string? text, Requester requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(requester);
        var written = reading.Resources.FirstOrDefault(m => !m.Loose) ?? reading.Resources.FirstOrDefault();
        var unprefixed = written is not null && written.Resource.Id.StartsWith("SUB-", StringComparison.Ordinal);
        if (written is not null && !unprefixed)
        {
            // The id written is the resource; but a store order named with one of its items described in the question ("cancel
            // the pre-order in SO-5001", "the Xbox controllers on SO-5001") asks about that item, whose answer is its own
            // decision. The order alone ("can I cancel SO-5001?"), or a long message telling of several items around its
            // question, is the order. Only the user's own order's items are matched; a visitor or another partner's order
            // keeps the id written (the unknown-id answer).
            return written.Resource.Kind == NamedResourceKind.StoreOrder && requester.IsAuthenticated
                ? await DescribedItemAsync(reading.Question, null, written.Resource.Id, requester, cancellationToken) ?? written.Resource
                : written.Resource;
        }

        if (!requester.IsAuthenticated)
        {
            return written?.Resource;
        }

        var numbers = unprefixed ? [Number(written!.Resource.Id)] : reading.BareNumbers;
        if (numbers.Count > 0 || reading.Amounts.Count > 0)
        {
            var owned = await OwnedAsync(requester, reading.Amounts.Count > 0, cancellationToken);
            foreach (var number in numbers)
            {
                if (Single(owned.Where(o => Number(o.Resource.Id) == number && (!unprefixed || o.Resource.Kind == NamedResourceKind.CspSubscription))) is { } match)
                {
                    return match;
                }
            }

            // "My 1,900 USD order" names the one order of that amount; of several, a refund question about "my 475 USD"
            // means the one that has a refund. Only resources the question can be about count: "we lost 1,900 USD in the
            // outage" in a credit request is not the order that happens to cost 1,900 USD.
            var refundQuestion = reading.Topic == ChatTopic.RefundStatus || reading.RunnerUp == ChatTopic.RefundStatus;
            foreach (var (amount, currency) in reading.Amounts)
            {
                var priced = owned.Where(o => o.Amount == amount && (currency is null || o.Currency == currency)
                    && TurnDecision.CanBeAbout(reading.Topic, o.Resource.Kind)).ToList();
                if ((Single(priced) ?? (refundQuestion ? Single(priced.Where(o => o.Refunded)) : null)) is { } match)
                {
                    return match;
                }
            }
        }

        return written?.Resource ?? reading.Topic switch
        {
            ChatTopic.Reservation => await ReservationByCustomerAsync(reading.Question, requester, cancellationToken),
            ChatTopic.StoreOrder => await DescribedItemAsync(reading.Question, text, null, requester, cancellationToken),
            ChatTopic.CreditRequest => await DescribedIncidentAsync(reading, text, requester, cancellationToken),
            ChatTopic.CspSubscription or ChatTopic.MembershipCriteria or ChatTopic.MembershipHowToCancel or ChatTopic.OrderEligibility
                or ChatTopic.RefundStatus => await DescribedSubscriptionAsync(reading, requester, cancellationToken),
            _ => null,
        };
    }

    /// <summary>
    /// The resource a message that names none points at from the one the conversation was last about,
    /// <paramref name="lastId"/>: "the other one", a position ("the second one"), a store item of the order just discussed
    /// described by what it is, or a subscription or reservation described by its customer. The first that names one
    /// wins; only the user's own resources, so a visitor or another partner's id names nothing.
    /// </summary>
    public async Task<NamedResource?> InConversationAsync(ChatReading reading, string? text, string lastId, Requester requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(requester);
        if (!requester.IsAuthenticated || ResourceIds.Find(lastId) is not [{ Resource: var last }])
        {
            return null;
        }

        return (OtherOne.IsAsked(reading.Question) ? await OtherOfKindAsync(last, requester, cancellationToken) : null)
            ?? (OrdinalPointer.Position(reading.Question) is { } position ? await AtPositionAsync(position, last, requester, cancellationToken) : null)
            ?? (OrderOf(last) is { } orderId ? await DescribedItemAsync(reading.Question, text, orderId, requester, cancellationToken) : null)
            ?? await DescribedOfLastKindAsync(reading, last, requester, cancellationToken);
    }

    // The user's one other resource of the last one's kind ("and the other one?" after an answer about NW-SUB-1001 is
    // NW-SUB-1002 when the partner has those two), or null when there is not exactly one.
    private async Task<NamedResource?> OtherOfKindAsync(NamedResource last, Requester requester, CancellationToken cancellationToken)
    {
        var owned = await OwnedAsync(requester, last.Kind == NamedResourceKind.Reservation, cancellationToken, only: last.Kind);
        return Single(owned.Where(o => o.Resource.Kind == last.Kind && o.Resource.Id != last.Id));
    }

    // The resource a short pointer by position (OrdinalPointer) names: the store order's item at that position ("SO-5001
    // has two items, which can I cancel?" → "the second one" is SO-5001-2), or, when the user has exactly two resources of
    // the last one's kind, the first or second of them in id order ("the second one" after NW-SUB-1001 is NW-SUB-1002).
    // Among more, a position says nothing the bot has shown in an order, so nothing is guessed.
    private async Task<NamedResource?> AtPositionAsync(int position, NamedResource last, Requester requester, CancellationToken cancellationToken)
    {
        if (OrderOf(last) is { } orderId)
        {
            var itemId = FormattableString.Invariant($"{orderId}-{position}");
            var items = (await storeOrders.ListAsync(requester, cancellationToken)).SelectMany(o => o.Items);
            return items.Any(i => i.Item.Id == itemId) ? new NamedResource(NamedResourceKind.StoreOrderItem, itemId) : null;
        }

        var owned = (await OwnedAsync(requester, last.Kind == NamedResourceKind.Reservation, cancellationToken, only: last.Kind))
            .Where(o => o.Resource.Kind == last.Kind).Select(o => o.Resource).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        return owned.Count == 2 && position is 1 or 2 ? owned[position - 1] : null;
    }

    // A CSP subscription or reservation that a short message after an answer about one of that kind names by its customer
    // (or a subscription by its product): "same question for the Wide World Importers one?" after an answer about
    // NW-SUB-1001 is NW-SUB-1002. The kind just discussed says what the description is of, so the customer alone is
    // enough, as it is in a question read as that topic — for which ResolveAsync has looked already. Null for other
    // kinds or a longer message (it stands on its own).
    private async Task<NamedResource?> DescribedOfLastKindAsync(ChatReading reading, NamedResource last, Requester requester, CancellationToken cancellationToken)
    {
        if (reading.Question.Length > TurnDecision.ContextualLength)
        {
            return null;
        }

        return last.Kind switch
        {
            NamedResourceKind.CspSubscription when reading.Topic != ChatTopic.CspSubscription => await DescribedSubscriptionAsync(reading, requester, cancellationToken, kindKnown: true),
            NamedResourceKind.Reservation when reading.Topic != ChatTopic.Reservation => await ReservationByCustomerAsync(reading.Question, requester, cancellationToken),
            _ => null,
        };
    }

    // The store order a store order or one of its items belongs to ("SO-5001-2" → "SO-5001"); null for other kinds.
    private static string? OrderOf(NamedResource resource) => resource.Kind switch
    {
        NamedResourceKind.StoreOrder => resource.Id,
        NamedResourceKind.StoreOrderItem => resource.Id[..resource.Id.LastIndexOf('-')],
        _ => null,
    };

    // One of the user's store items named by its product or as their pre-order, in the order just discussed (or any of theirs);
    // the question decides, the rest of a long message when the question names none ("can we still cancel it?").
    private async Task<NamedResource?> DescribedItemAsync(string question, string? text, string? orderId, Requester requester, CancellationToken cancellationToken)
    {
        var items = (await storeOrders.ListAsync(requester, cancellationToken))
            .Where(o => orderId is null || o.Order.Id == orderId)
            .SelectMany(o => o.Items.Select(i => (i.Item.Id, i.Item.ProductName, i.Item.IsPreOrder))).ToList();
        var id = StoreItemDescriptions.Find(question, items) ?? (text is null || text == question ? null : StoreItemDescriptions.Find(text, items));
        return id is null ? null : new NamedResource(NamedResourceKind.StoreOrderItem, id);
    }

    // One of the partner's incidents described without its id (its day, customer or service), when exactly one fits.
    private async Task<NamedResource?> DescribedIncidentAsync(ChatReading reading, string? text, Requester requester, CancellationToken cancellationToken)
    {
        var incidents = (await credits.IncidentsAsync(requester, cancellationToken)).Select(i => (i.Id, i.CustomerName, i.Title, i.OccurredOn)).ToList();
        var id = IncidentDescriptions.Find(text ?? reading.Question, reading.Dates, incidents);
        return id is null ? null : new NamedResource(NamedResourceKind.Incident, id);
    }

    private static NamedResource? Single(IEnumerable<Owned> candidates)
    {
        var distinct = candidates.Select(c => c.Resource).Distinct().Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    // The user's resources (reservations only when asked: they take a read per customer); of one kind only when a follow-up
    // is about the kind just discussed, so that it reads that list alone.
    private async Task<List<Owned>> OwnedAsync(Requester requester, bool withReservations, CancellationToken cancellationToken, NamedResourceKind? only = null)
    {
        var owned = new List<Owned>();
        if (only is null or NamedResourceKind.MembershipOrder)
        {
            owned.AddRange((await orders.ListAsync(requester, cancellationToken))
                .Select(v => new Owned(new(NamedResourceKind.MembershipOrder, v.Order.Id), v.Order.Amount, v.Order.Currency, v.Refund is not null)));
        }

        if (only is null or NamedResourceKind.CspSubscription)
        {
            owned.AddRange((await subscriptions.ListAsync(requester, cancellationToken))
                .Select(s => new Owned(new(NamedResourceKind.CspSubscription, s.Subscription.Id), s.Subscription.Amount, s.Subscription.Currency, false)));
        }

        if (only is null or NamedResourceKind.StoreOrder or NamedResourceKind.StoreOrderItem)
        {
            foreach (var order in await storeOrders.ListAsync(requester, cancellationToken))
            {
                owned.Add(new Owned(new(NamedResourceKind.StoreOrder, order.Order.Id), -1m, string.Empty, false));
                owned.AddRange(order.Items.Select(i => new Owned(new(NamedResourceKind.StoreOrderItem, i.Item.Id), i.Item.Amount, i.Item.Currency, false)));
            }
        }

        // An incident by its number ("the credit for incident 7001", "sự cố 7001"): the partner's own only.
        if (only is null or NamedResourceKind.Incident)
        {
            owned.AddRange((await credits.IncidentsAsync(requester, cancellationToken))
                .Select(i => new Owned(new(NamedResourceKind.Incident, i.Id), -1m, string.Empty, false)));
        }

        if (withReservations && only is null or NamedResourceKind.Reservation)
        {
            foreach (var customer in await reservations.CustomersAsync(requester, cancellationToken))
            {
                owned.AddRange((await reservations.ReservationsAsync(customer.Id, requester, cancellationToken))
                    .Select(r => new Owned(new(NamedResourceKind.Reservation, r.Reservation.Id), r.Reservation.Amount, r.Reservation.Currency, false)));
            }
        }

        return owned;
    }

    // A reservation question naming a customer with exactly one reservation is about that reservation. The name is found
    // as ChatPhrases finds customers (round 10; before, a fold of its own split on spaces and a few marks only, so
    // "Tailspin-Toys", "(Tailspin Toys)", "Tailspin Toys:" or "Tailspin Toysの予約" named nothing).
    private async Task<NamedResource?> ReservationByCustomerAsync(string question, Requester requester, CancellationToken cancellationToken)
    {
        var folded = ChatPhrases.Fold(question);
        foreach (var customer in await reservations.CustomersAsync(requester, cancellationToken))
        {
            if (ChatPhrases.Stands(folded, ChatPhrases.Fold(customer.Name))
                && await reservations.ReservationsAsync(customer.Id, requester, cancellationToken) is [{ } only])
            {
                return new NamedResource(NamedResourceKind.Reservation, only.Reservation.Id);
            }
        }

        return null;
    }

    // A CSP question naming the customer ("Tailspin Toys wants to drop its Business Premium") is about that customer's
    // subscription when it has one; of several, the product named decides (its name after "Microsoft 365", which partners
    // shorten to "M365"). A question read as another topic names a subscription only by both its customer and its product
    // ("Tailspin Toys will das M365 Business Premium Abo kündigen"), unless the conversation has just been about a
    // subscription (kindKnown). Only the partner's own subscriptions are matched.
    private async Task<NamedResource?> DescribedSubscriptionAsync(ChatReading reading, Requester requester, CancellationToken cancellationToken, bool kindKnown = false)
    {
        var folded = ChatPhrases.Fold(reading.Question);
        var owned = await subscriptions.ListAsync(requester, cancellationToken);
        var byCustomer = owned.Where(s => ChatPhrases.Stands(folded, ChatPhrases.Fold(s.Subscription.CustomerName))).ToList();
        var byProduct = owned.Where(s => ChatPhrases.Stands(folded, ProductWords(s.Subscription.ProductName))).ToList();
        var both = byCustomer.Intersect(byProduct).ToList();
        var found = reading.Topic != ChatTopic.CspSubscription && !kindKnown ? both
            : byCustomer.Count == 1 ? byCustomer
            : both.Count == 1 ? both
            : byCustomer.Count == 0 ? byProduct
            : [];
        return found is [{ } only] ? new NamedResource(NamedResourceKind.CspSubscription, only.Subscription.Id) : null;
    }

    // "Microsoft 365 Business Premium" → "business premium": what tells one plan from another (empty when that is shorter
    // than four letters, as "E3" is: too short to be told from other words).
    private static string ProductWords(string product)
    {
        var words = ChatPhrases.Fold(product);
        foreach (var family in new[] { "microsoft 365 ", "office 365 ", "m365 " })
        {
            if (words.StartsWith(family, StringComparison.Ordinal))
            {
                words = words[family.Length..];
            }
        }

        return words.Length >= 4 ? words : string.Empty;
    }

    private sealed record Owned(NamedResource Resource, decimal Amount, string Currency, bool Refunded);

    // The number of an id as people shorten it: "CT-1002" → "1002", "NW-SUB-1001" → "1001"; an item keeps no number of its own here.
    private static string Number(string id) => id.Count(c => c == '-') >= 2 && id.StartsWith("SO-", StringComparison.Ordinal) ? id : id[(id.LastIndexOf('-') + 1)..];
}

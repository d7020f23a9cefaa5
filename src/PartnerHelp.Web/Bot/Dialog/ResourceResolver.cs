using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Chat;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.RefundPaths;

namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>
/// Which resource a message names: an id as written ("CT-1002", "ct 1002"), else — for a signed-in user — a lone
/// number that matches exactly one of their own ids ("order 1002"), an amount that matches exactly one of their
/// orders ("my 1,900 USD order"), or one of their customers' names for a reservation. Only the user's own resources
/// are ever matched this way, so nothing about another partner can be learnt from it.
/// </summary>
public sealed class ResourceResolver(PartnerOrders orders, CspSubscriptionService subscriptions, StoreOrderService storeOrders, ReservationService reservations)
{
    /// <summary>The resource <paramref name="reading"/> names, or null.</summary>
    public async Task<NamedResource?> ResolveAsync(ChatReading reading, Requester requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(requester);
        if ((reading.Resources.FirstOrDefault(m => !m.Loose) ?? reading.Resources.FirstOrDefault()) is { } written)
        {
            return written.Resource;
        }

        if (!requester.IsAuthenticated)
        {
            return null;
        }

        if (reading.BareNumbers.Count > 0)
        {
            var owned = await OwnedAsync(requester, cancellationToken);
            foreach (var number in reading.BareNumbers)
            {
                var matches = owned.Where(id => Digits(id.Id) == number).Distinct().ToList();
                if (matches.Count == 1)
                {
                    return matches[0];
                }
            }
        }

        if (reading.Amounts.Count > 0)
        {
            var views = await orders.ListAsync(requester, cancellationToken);
            foreach (var (amount, currency) in reading.Amounts)
            {
                var matches = views.Where(v => v.Order.Amount == amount && (currency is null || v.Order.Currency == currency)).ToList();
                if (matches.Count == 1)
                {
                    return new NamedResource(NamedResourceKind.MembershipOrder, matches[0].Order.Id);
                }
            }
        }

        return reading.Topic == ChatTopic.Reservation ? await ReservationByCustomerAsync(reading.Question, requester, cancellationToken) : null;
    }

    private async Task<List<NamedResource>> OwnedAsync(Requester requester, CancellationToken cancellationToken)
    {
        var owned = (await orders.ListAsync(requester, cancellationToken)).Select(v => new NamedResource(NamedResourceKind.MembershipOrder, v.Order.Id)).ToList();
        owned.AddRange((await subscriptions.ListAsync(requester, cancellationToken)).Select(s => new NamedResource(NamedResourceKind.CspSubscription, s.Subscription.Id)));
        owned.AddRange((await storeOrders.ListAsync(requester, cancellationToken)).Select(o => new NamedResource(NamedResourceKind.StoreOrder, o.Order.Id)));
        return owned;
    }

    private async Task<NamedResource?> ReservationByCustomerAsync(string question, Requester requester, CancellationToken cancellationToken)
    {
        var folded = Fold(question);
        foreach (var customer in await reservations.CustomersAsync(requester, cancellationToken))
        {
            if (folded.Contains(Fold(customer.Name), StringComparison.Ordinal)
                && await reservations.ReservationsAsync(customer.Id, requester, cancellationToken) is [{ } only])
            {
                return new NamedResource(NamedResourceKind.Reservation, only.Reservation.Id);
            }
        }

        return null;
    }

    private static string Fold(string text) => " " + string.Join(' ', text.ToLowerInvariant().Split([' ', '\'', '’', ',', '.', '?', '!'], StringSplitOptions.RemoveEmptyEntries)) + " ";

    // The number part of an id as people shorten it: "CT-1002" → "1002", "NW-SUB-1001" → "1001".
    private static string Digits(string id) => id[(id.LastIndexOf('-') + 1)..];
}

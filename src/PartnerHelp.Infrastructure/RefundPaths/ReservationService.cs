using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Core.Telemetry;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>
/// Azure reservations of a CSP partner's customers: overview, scope change, return (a prorated refund
/// processed by the refund job) and exchange (same type, new purchase worth more than what is returned).
/// </summary>
public sealed class ReservationService(PartnerHelpDbContext db, PartnerContext partners, IEligibilityService eligibility, TimeProvider time, PartnerHelpMetrics metrics)
{
    /// <summary>The instrument a reservation refund is paid to: a credit on the partner's CSP invoice.</summary>
    public const string InvoiceCreditInstrument = "csp-invoice-credit";

    /// <summary>The requester's customers.</summary>
    public async Task<IReadOnlyList<CspCustomer>> CustomersAsync(Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        return partner is null ? [] : await db.CspCustomers.AsNoTracking().Where(c => c.PartnerId == partner.Id).OrderBy(c => c.Name).ToListAsync(cancellationToken);
    }

    /// <summary>One customer of the requester's partner, or null.</summary>
    public async Task<CspCustomer?> CustomerAsync(string? customerId, Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        return partner is null || customerId is null
            ? null
            : await db.CspCustomers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId && c.PartnerId == partner.Id, cancellationToken);
    }

    /// <summary>A customer's reservations with the return decision for each.</summary>
    public async Task<IReadOnlyList<ReservationView>> ReservationsAsync(string customerId, Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        if (partner is null)
        {
            return [];
        }

        var reservations = await db.Reservations.AsNoTracking()
            .Where(r => r.PartnerId == partner.Id && r.CustomerId == customerId)
            .OrderByDescending(r => r.PurchasedAt)
            .ToListAsync(cancellationToken);
        return reservations.Select(r => new ReservationView(r, eligibility.Evaluate(r, partner, requester))).ToList();
    }

    /// <summary>One reservation with its return decision, or null when the requester may not see it.</summary>
    public async Task<ReservationView?> FindAsync(string? reservationId, Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        if (partner is null || reservationId is null)
        {
            return null;
        }

        var reservation = await db.Reservations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reservationId && r.PartnerId == partner.Id, cancellationToken);
        return reservation is null ? null : new ReservationView(reservation, eligibility.Evaluate(reservation, partner, requester));
    }

    /// <summary>The refund of a returned reservation, or null (none yet, or not the requester's partner's).</summary>
    public async Task<Refund?> RefundAsync(string? reservationId, Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        return partner is null || reservationId is null
            ? null
            : await db.Refunds.AsNoTracking().Include(r => r.Transitions)
                .SingleOrDefaultAsync(r => r.OrderId == reservationId && r.PartnerId == partner.Id && r.Subject == RefundSubject.Reservation, cancellationToken);
    }

    /// <summary>Changes where the discount applies (an active reservation, by a CSP agent).</summary>
    public Task<PathActionResult> ChangeScopeAsync(string? reservationId, ReservationScope scope, string? subscriptionId, Requester requester, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(scope) || (scope == ReservationScope.SingleSubscription && !IsSubscriptionId(subscriptionId)))
        {
            return Task.FromResult(PathActionResult.Invalid);
        }

        return ChangeAsync(reservationId, requester, (reservation, _, decision) =>
        {
            reservation.ChangeScope(scope, subscriptionId);
            return new PathActionResult(PathActionStatus.Done, decision, null, reservation.Id);
        }, cancellationToken);
    }

    /// <summary>Returns the reservation: a refund of the prorated value, processed by the refund job.</summary>
    public async Task<PathActionResult> ReturnAsync(string? reservationId, Requester requester, CancellationToken cancellationToken = default)
    {
        var result = await ChangeAsync(reservationId, requester, (reservation, now, decision) =>
        {
            var value = reservation.Return(now);
            var refund = Refund.Request(RefundIds.For(reservation.Id), reservation.Id, reservation.PartnerId, value, InvoiceCreditInstrument, now, requester.UserId!, RefundSubject.Reservation);
            db.Refunds.Add(refund);
            db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.RefundRequested, refund.Id, CultureInfo.CurrentUICulture.Name, now));
            return new PathActionResult(PathActionStatus.Done, decision, value, refund.Id);
        }, cancellationToken);

        // Done only when the return and its refund committed; a lost race or a second return answers Conflict.
        if (result.Status == PathActionStatus.Done)
        {
            metrics.RefundRequested(RefundSubject.Reservation);
        }

        return result;
    }

    /// <summary>The arithmetic and decision of a proposed exchange, without changing anything.</summary>
    public async Task<ExchangeQuote?> QuoteExchangeAsync(string? reservationId, ReservationType newType, Money newPrice, Requester requester, CancellationToken cancellationToken = default)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        var reservation = partner is null || reservationId is null
            ? null
            : await db.Reservations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reservationId && r.PartnerId == partner.Id, cancellationToken);
        if (reservation is null)
        {
            return null;
        }

        var decision = eligibility.Evaluate(new ReservationExchange(reservation, newType, newPrice), partner!, requester);
        var returned = decision.RefundAmount;
        return new ExchangeQuote(returned, newPrice, new Money(Math.Max(0m, newPrice.Amount - returned.Amount), newPrice.Currency), decision);
    }

    /// <summary>Exchanges for a new reservation of the same type; the returned value goes towards it.</summary>
    public async Task<PathActionResult> ExchangeAsync(string? reservationId, ReservationType newType, string newSku, int newTermYears, Money newPrice, Requester requester, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(newType) || newTermYears is not (1 or 3) || string.IsNullOrWhiteSpace(newSku) || newSku.Length > 100 || newPrice.Amount <= 0 || newPrice.Amount > 100_000_000m)
        {
            return PathActionResult.Invalid;
        }

        var (partner, reservation) = await TrackedAsync(reservationId, requester, cancellationToken);
        if (reservation is null)
        {
            return PathActionResult.NotFound;
        }

        var decision = eligibility.Evaluate(new ReservationExchange(reservation, newType, newPrice), partner!, requester);
        if (!decision.CanSelfServeCancel)
        {
            return new PathActionResult(PathActionStatus.NotAllowed, decision);
        }

        var now = time.GetUtcNow();
        var returned = reservation.Exchange(now);
        var replacement = new Reservation(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), reservation.PartnerId, reservation.CustomerId, reservation.CustomerName,
            newType, newSku.Trim(), reservation.Region, now, newTermYears, newPrice, reservation.Scope, reservation.ScopeSubscriptionId);
        db.Reservations.Add(replacement);
        return await db.SaveOrConflictAsync(new PathActionResult(PathActionStatus.Done, decision, new Money(newPrice.Amount - returned.Amount, newPrice.Currency), replacement.Id), PathActionResult.Conflict, cancellationToken);
    }

    private async Task<PathActionResult> ChangeAsync(string? reservationId, Requester requester, Func<Reservation, DateTimeOffset, EligibilityResult, PathActionResult> change, CancellationToken cancellationToken)
    {
        var (partner, reservation) = await TrackedAsync(reservationId, requester, cancellationToken);
        if (reservation is null)
        {
            return PathActionResult.NotFound;
        }

        var decision = eligibility.Evaluate(reservation, partner!, requester);
        if (!decision.CanSelfServeCancel)
        {
            return new PathActionResult(decision.Outcome == EligibilityOutcome.AlreadyCancelled ? PathActionStatus.Conflict : PathActionStatus.NotAllowed, decision);
        }

        return await db.SaveOrConflictAsync(change(reservation, time.GetUtcNow(), decision), PathActionResult.Conflict, cancellationToken);
    }


    /// <summary>The requester's partner and, tracked for a change, its reservation; null when not visible to them.</summary>
    private async Task<(Partner? Partner, Reservation? Reservation)> TrackedAsync(string? reservationId, Requester requester, CancellationToken cancellationToken)
    {
        var partner = await partners.ForAsync(requester, cancellationToken);
        var reservation = partner is null || reservationId is null
            ? null
            : await db.Reservations.SingleOrDefaultAsync(r => r.Id == reservationId && r.PartnerId == partner.Id, cancellationToken);
        return (partner, reservation);
    }

    private static bool IsSubscriptionId(string? value) =>
        value is { Length: > 0 and <= 64 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}

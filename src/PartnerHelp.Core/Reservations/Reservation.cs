using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Subscriptions;

namespace PartnerHelp.Core.Reservations;

/// <summary>An Azure reservation a CSP partner bought for one of its customers.</summary>
public sealed class Reservation : IEligibilitySubject
{
    private Reservation()
    {
        Id = OrderId = PartnerId = CustomerId = CustomerName = Region = SkuName = Currency = string.Empty;
    }

    /// <summary>Creates an active reservation.</summary>
    public Reservation(
        string id,
        string orderId,
        string partnerId,
        string customerId,
        string customerName,
        ReservationType type,
        string skuName,
        string region,
        DateTimeOffset purchasedAt,
        int termYears,
        Money price,
        ReservationScope scope,
        string? scopeSubscriptionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(termYears);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price.Amount);
        Id = id;
        OrderId = orderId;
        PartnerId = partnerId;
        CustomerId = customerId;
        CustomerName = customerName;
        Type = type;
        SkuName = skuName;
        Region = region;
        PurchasedAt = purchasedAt.ToUniversalTime();
        TermYears = termYears;
        Amount = price.Amount;
        Currency = price.Currency;
        ChangeScope(scope, scopeSubscriptionId);
    }

    /// <summary>Reservation ID.</summary>
    public string Id { get; private set; }

    /// <summary>Reservation Order ID.</summary>
    public string OrderId { get; private set; }

    /// <inheritdoc />
    public string PartnerId { get; private set; }

    /// <summary>The customer's tenant id.</summary>
    public string CustomerId { get; private set; }

    /// <summary>The customer's name.</summary>
    public string CustomerName { get; private set; }

    /// <summary>Product family.</summary>
    public ReservationType Type { get; private set; }

    /// <summary>The reserved SKU, e.g. Standard_D2s_v5.</summary>
    public string SkuName { get; private set; }

    /// <summary>Azure region.</summary>
    public string Region { get; private set; }

    /// <summary>Purchase instant (UTC).</summary>
    public DateTimeOffset PurchasedAt { get; private set; }

    /// <summary>Term in years (1 or 3).</summary>
    public int TermYears { get; private set; }

    /// <summary>Price of the whole term.</summary>
    public decimal Amount { get; private set; }

    /// <summary>Currency.</summary>
    public string Currency { get; private set; }

    /// <summary>Price with currency.</summary>
    public Money Price => new(Amount, Currency);

    /// <summary>Where the discount applies.</summary>
    public ReservationScope Scope { get; private set; }

    /// <summary>The linked subscription when the scope is a single subscription.</summary>
    public string? ScopeSubscriptionId { get; private set; }

    /// <summary>Average utilization over the last 30 days, in percent.</summary>
    public decimal UtilizationPercent { get; private set; }

    /// <summary>Life-cycle state.</summary>
    public ReservationStatus Status { get; private set; }

    /// <summary>When it was returned or exchanged.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>First day of the term.</summary>
    public DateOnly TermStart => DateOnly.FromDateTime(PurchasedAt.UtcDateTime);

    /// <summary>The day the reservation expires (first day no longer covered).</summary>
    public DateOnly ExpiresOn => TermStart.AddYears(TermYears);

    /// <summary>The prorated value of the unused term on <paramref name="today"/>.</summary>
    public Money ProratedValue(DateOnly today) => ProratedCredit.For(Price, TermStart, ExpiresOn, today);

    /// <summary>Sets the scope; a single-subscription scope needs the subscription.</summary>
    public void ChangeScope(ReservationScope scope, string? subscriptionId)
    {
        if (scope == ReservationScope.SingleSubscription && string.IsNullOrWhiteSpace(subscriptionId))
        {
            throw new ArgumentException("A single-subscription scope names its subscription.", nameof(subscriptionId));
        }

        Scope = scope;
        ScopeSubscriptionId = scope == ReservationScope.Shared ? null : subscriptionId;
        Version++;
    }

    /// <summary>Records the measured utilization.</summary>
    public void RecordUtilization(decimal percent) => UtilizationPercent = Math.Clamp(percent, 0m, 100m);

    /// <summary>Returns the reservation; the prorated value is refunded.</summary>
    public Money Return(DateTimeOffset now) => End(ReservationStatus.Returned, now);

    /// <summary>Exchanges it; the prorated value goes towards the new purchase.</summary>
    public Money Exchange(DateTimeOffset now) => End(ReservationStatus.Exchanged, now);

    private Money End(ReservationStatus status, DateTimeOffset now)
    {
        if (Status != ReservationStatus.Active)
        {
            throw new InvalidOperationException($"Reservation {Id} is {Status}.");
        }

        Status = status;
        EndedAt = now.ToUniversalTime();
        Version++;
        return ProratedValue(DateOnly.FromDateTime(now.UtcDateTime));
    }

    /// <summary>Concurrency token: every change increments it, so two writers cannot both win.</summary>
    public int Version { get; private set; }

    /// <summary>Shifts every timestamp by <paramref name="delta"/> (demo re-basing only).</summary>
    public void ShiftTimestamps(TimeSpan delta)
    {
        PurchasedAt += delta;
        EndedAt += delta;
    }
}

using PartnerHelp.Core.Eligibility;

namespace PartnerHelp.Core.Subscriptions;

/// <summary>A CSP license subscription bought by a partner for a customer, with a one-year term paid up front.</summary>
public sealed class CspSubscription : IEligibilitySubject
{
    private CspSubscription()
    {
        Id = PartnerId = CustomerName = ProductName = Currency = string.Empty;
    }

    /// <summary>Creates an active subscription.</summary>
    public CspSubscription(string id, string partnerId, string customerName, string productName, int quantity, DateTimeOffset purchasedAt, int termMonths, Money price)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(termMonths);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price.Amount);
        Id = id;
        PartnerId = partnerId;
        CustomerName = customerName;
        ProductName = productName;
        Quantity = quantity;
        PurchasedAt = purchasedAt.ToUniversalTime();
        TermMonths = termMonths;
        Amount = price.Amount;
        Currency = price.Currency;
    }

    /// <inheritdoc />
    public string Id { get; private set; }

    /// <inheritdoc />
    public string PartnerId { get; private set; }

    /// <summary>The end customer.</summary>
    public string CustomerName { get; private set; }

    /// <summary>The licensed product.</summary>
    public string ProductName { get; private set; }

    /// <summary>Number of licenses.</summary>
    public int Quantity { get; private set; }

    /// <summary>Purchase instant (UTC); the term starts on its UTC date.</summary>
    public DateTimeOffset PurchasedAt { get; private set; }

    /// <summary>Length of the term in months.</summary>
    public int TermMonths { get; private set; }

    /// <summary>Price of the whole term.</summary>
    public decimal Amount { get; private set; }

    /// <summary>Currency of the price.</summary>
    public string Currency { get; private set; }

    /// <summary>The price with its currency.</summary>
    public Money Price => new(Amount, Currency);

    /// <summary>Life-cycle state.</summary>
    public SubscriptionStatus Status { get; private set; }

    /// <summary>When it was cancelled or suspended.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>The credit or refund granted when it ended.</summary>
    public decimal? CreditAmount { get; private set; }

    /// <summary>First day of the term.</summary>
    public DateOnly TermStart => DateOnly.FromDateTime(PurchasedAt.UtcDateTime);

    /// <summary>The day after the term's last day.</summary>
    public DateOnly TermEnd => TermStart.AddMonths(TermMonths);

    /// <summary>Month of the term <paramref name="now"/> falls in: 1 for the first month, 0 after the term.</summary>
    public int MonthOfTerm(DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        for (var month = 1; month <= TermMonths; month++)
        {
            if (day < TermStart.AddMonths(month))
            {
                return month;
            }
        }

        return 0;
    }

    /// <summary>Cancels within the cancellation window: the whole price is refunded.</summary>
    public Money Cancel(DateTimeOffset now)
    {
        EnsureActive();
        Version++;
        Status = SubscriptionStatus.Cancelled;
        EndedAt = now.ToUniversalTime();
        CreditAmount = Amount;
        return Price;
    }

    /// <summary>Suspends: the unused part of the term is credited.</summary>
    public Money Suspend(DateTimeOffset now)
    {
        EnsureActive();
        var credit = ProratedCredit.For(Price, TermStart, TermEnd, DateOnly.FromDateTime(now.UtcDateTime));
        Version++;
        Status = SubscriptionStatus.Suspended;
        EndedAt = now.ToUniversalTime();
        CreditAmount = credit.Amount;
        return credit;
    }

    private void EnsureActive()
    {
        if (Status != SubscriptionStatus.Active)
        {
            throw new InvalidOperationException($"Subscription {Id} is {Status}.");
        }
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

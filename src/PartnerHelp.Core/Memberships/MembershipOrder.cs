using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Core.Memberships;

/// <summary>A partner's purchase of a membership offer, with the usage facts the refund rules look at.</summary>
public sealed class MembershipOrder : IEligibilitySubject
{
    /// <summary>Longest free-text cancellation note accepted.</summary>
    public const int MaxCancellationNoteLength = 500;

    private MembershipOrder()
    {
        Id = PartnerId = Currency = PaymentInstrument = string.Empty;
    }

    /// <summary>Creates an active order.</summary>
    public MembershipOrder(
        string id,
        string partnerId,
        MembershipOffer offer,
        DateTimeOffset purchasedAt,
        Money price,
        PaymentMethod paymentMethod,
        string paymentInstrument)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentInstrument);
        if (price.Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), "An order's price is positive.");
        }

        Id = id;
        PartnerId = partnerId;
        Offer = offer;
        PurchasedAt = purchasedAt.ToUniversalTime();
        Amount = price.Amount;
        Currency = price.Currency;
        PaymentMethod = paymentMethod;
        PaymentInstrument = paymentInstrument;
    }

    /// <summary>Order number, e.g. <c>CT-1001</c>.</summary>
    public string Id { get; private set; }

    /// <summary>The owning partner.</summary>
    public string PartnerId { get; private set; }

    /// <summary>What was bought.</summary>
    public MembershipOffer Offer { get; private set; }

    /// <summary>Enrollment date: the purchase instant (UTC).</summary>
    public DateTimeOffset PurchasedAt { get; private set; }

    /// <summary>Amount paid.</summary>
    public decimal Amount { get; private set; }

    /// <summary>Currency paid in.</summary>
    public string Currency { get; private set; }

    /// <summary>The amount paid, with its currency.</summary>
    public Money Price => new(Amount, Currency);

    /// <summary>How the order was paid.</summary>
    public PaymentMethod PaymentMethod { get; private set; }

    /// <summary>The instrument a refund goes back to (masked card or bank reference).</summary>
    public string PaymentInstrument { get; private set; }

    /// <summary>The first benefit activated, used or redeemed, if any.</summary>
    public MembershipBenefit? ActivatedBenefit { get; private set; }

    /// <summary>When <see cref="ActivatedBenefit"/> was activated.</summary>
    public DateTimeOffset? BenefitActivatedAt { get; private set; }

    /// <summary>When product keys were first viewed, if ever.</summary>
    public DateTimeOffset? ProductKeysViewedAt { get; private set; }

    /// <summary>Whether this (Silver) order was upgraded to Gold with the 25% discount.</summary>
    public bool GoldUpgradeDiscountUsed { get; private set; }

    /// <summary>Life-cycle state.</summary>
    public OrderStatus Status { get; private set; }

    /// <summary>When the order was cancelled.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>The user who cancelled.</summary>
    public string? CancelledBy { get; private set; }

    /// <summary>The reason chosen when cancelling.</summary>
    public CancellationReason? CancellationReason { get; private set; }

    /// <summary>Free text given when cancelling.</summary>
    public string? CancellationNote { get; private set; }

    /// <summary>Concurrency token: every change increments it, so two writers cannot both win.</summary>
    public int Version { get; private set; }

    /// <summary>Records that a benefit was activated, used or redeemed (the first one counts).</summary>
    public void RecordBenefitActivated(MembershipBenefit benefit, DateTimeOffset at)
    {
        if (ActivatedBenefit is not null)
        {
            return;
        }

        ActivatedBenefit = benefit;
        BenefitActivatedAt = at.ToUniversalTime();
        Version++;
    }

    /// <summary>Records that product keys were viewed (the first view counts).</summary>
    public void RecordProductKeysViewed(DateTimeOffset at)
    {
        ProductKeysViewedAt ??= at.ToUniversalTime();
        Version++;
    }

    /// <summary>Records that this Silver order was upgraded to Gold using the 25% discount.</summary>
    public void RecordGoldUpgradeWithDiscount()
    {
        if (Offer != MembershipOffer.LegacySilver)
        {
            throw new InvalidOperationException("Only a Silver order can be upgraded with the Gold discount.");
        }

        GoldUpgradeDiscountUsed = true;
        Version++;
    }

    /// <summary>
    /// Cancels the order and opens its refund: the same amount, to the same payment instrument.
    /// Eligibility is the caller's to check (through the eligibility service) before calling this.
    /// </summary>
    public Refund Cancel(string refundId, string cancelledBy, CancellationReason reason, string? note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cancelledBy);
        if (Status == OrderStatus.Cancelled)
        {
            throw new InvalidOperationException($"Order {Id} is already cancelled.");
        }

        if (note is { Length: > MaxCancellationNoteLength })
        {
            throw new ArgumentException($"The note is longer than {MaxCancellationNoteLength} characters.", nameof(note));
        }

        Status = OrderStatus.Cancelled;
        CancelledAt = now.ToUniversalTime();
        CancelledBy = cancelledBy;
        CancellationReason = reason;
        CancellationNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Version++;
        return Refund.Request(refundId, Id, PartnerId, Price, PaymentInstrument, CancelledAt.Value);
    }

    /// <summary>Shifts every timestamp of the order by <paramref name="delta"/> (demo re-basing only).</summary>
    public void ShiftTimestamps(TimeSpan delta)
    {
        PurchasedAt += delta;
        BenefitActivatedAt += delta;
        ProductKeysViewedAt += delta;
        CancelledAt += delta;
        Version++;
    }
}

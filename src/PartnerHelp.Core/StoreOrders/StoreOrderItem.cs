using PartnerHelp.Core.Eligibility;

namespace PartnerHelp.Core.StoreOrders;

/// <summary>One line of a store order or pre-order; lines are cancelled one by one.</summary>
public sealed class StoreOrderItem : IEligibilitySubject
{
    private StoreOrderItem()
    {
        Id = OrderId = PartnerId = ProductName = Currency = string.Empty;
    }

    /// <summary>Creates an item that is not yet charged or shipped.</summary>
    public StoreOrderItem(string id, string orderId, string partnerId, string productName, int quantity, Money price, bool isPreOrder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        Id = id;
        OrderId = orderId;
        PartnerId = partnerId;
        ProductName = productName;
        Quantity = quantity;
        Amount = price.Amount;
        Currency = price.Currency;
        IsPreOrder = isPreOrder;
    }

    /// <summary>Item id, e.g. <c>SO-5001-1</c>.</summary>
    public string Id { get; private set; }

    /// <summary>The store order.</summary>
    public string OrderId { get; private set; }

    /// <inheritdoc />
    public string PartnerId { get; private set; }

    /// <summary>What was ordered.</summary>
    public string ProductName { get; private set; }

    /// <summary>How many.</summary>
    public int Quantity { get; private set; }

    /// <summary>Line amount.</summary>
    public decimal Amount { get; private set; }

    /// <summary>Currency.</summary>
    public string Currency { get; private set; }

    /// <summary>Amount with currency.</summary>
    public Money Price => new(Amount, Currency);

    /// <summary>Whether this is a pre-order (charged when it releases).</summary>
    public bool IsPreOrder { get; private set; }

    /// <summary>When the payment was taken.</summary>
    public DateTimeOffset? ChargedAt { get; private set; }

    /// <summary>When it shipped.</summary>
    public DateTimeOffset? ShippedAt { get; private set; }

    /// <summary>When it was cancelled.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Records the charge.</summary>
    public void MarkCharged(DateTimeOffset at) => ChargedAt ??= at.ToUniversalTime();

    /// <summary>Records the shipment.</summary>
    public void MarkShipped(DateTimeOffset at) => ShippedAt ??= at.ToUniversalTime();

    /// <summary>Cancels the line; only possible before it is charged or shipped.</summary>
    public void Cancel(DateTimeOffset now)
    {
        if (CancelledAt is not null || ChargedAt is not null || ShippedAt is not null)
        {
            throw new InvalidOperationException($"Store item {Id} can no longer be cancelled.");
        }

        CancelledAt = now.ToUniversalTime();
    }

    /// <summary>Shifts every timestamp by <paramref name="delta"/> (demo re-basing of its order).</summary>
    public void ShiftTimestamps(TimeSpan delta)
    {
        ChargedAt += delta;
        ShippedAt += delta;
        CancelledAt += delta;
    }
}

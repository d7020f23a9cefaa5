namespace PartnerHelp.Core.StoreOrders;

/// <summary>A store order or pre-order; its lines are <see cref="StoreOrderItem"/>s.</summary>
public sealed class StoreOrder
{
    private StoreOrder()
    {
        Id = PartnerId = PlacedBy = string.Empty;
    }

    /// <summary>Creates an order.</summary>
    public StoreOrder(string id, string partnerId, string placedBy, DateTimeOffset placedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        PartnerId = partnerId;
        PlacedBy = placedBy;
        PlacedAt = placedAt.ToUniversalTime();
    }

    /// <summary>Order number, e.g. <c>SO-5001</c>.</summary>
    public string Id { get; private set; }

    /// <summary>The buying partner.</summary>
    public string PartnerId { get; private set; }

    /// <summary>Who placed it (e-mail).</summary>
    public string PlacedBy { get; private set; }

    /// <summary>When it was placed.</summary>
    public DateTimeOffset PlacedAt { get; private set; }

    /// <summary>Shifts every timestamp by <paramref name="delta"/> (demo re-basing only).</summary>
    public void ShiftTimestamps(TimeSpan delta)
    {
        PlacedAt += delta;
    }
}

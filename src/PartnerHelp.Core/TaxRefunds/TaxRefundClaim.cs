namespace PartnerHelp.Core.TaxRefunds;

/// <summary>A tax refund requested for a membership order (one per order).</summary>
public sealed class TaxRefundClaim
{
    private TaxRefundClaim()
    {
        Id = OrderId = PartnerId = RequestedBy = string.Empty;
    }

    /// <summary>Records a request (its rules were checked by the eligibility service first).</summary>
    public TaxRefundClaim(string orderId, string partnerId, string requestedBy, DateTimeOffset requestedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        Id = IdFor(orderId);
        OrderId = orderId;
        PartnerId = partnerId;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt.ToUniversalTime();
    }

    /// <summary>Claim id: derived from the order, so a replay cannot file twice.</summary>
    public string Id { get; private set; }

    /// <summary>The order whose tax is refunded.</summary>
    public string OrderId { get; private set; }

    /// <summary>The partner.</summary>
    public string PartnerId { get; private set; }

    /// <summary>Who asked.</summary>
    public string RequestedBy { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>The claim id for <paramref name="orderId"/>.</summary>
    public static string IdFor(string orderId) => $"TX-{orderId}";
}

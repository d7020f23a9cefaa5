namespace PartnerHelp.Core.Refunds;

/// <summary>
/// Refund ids derive from the order: an order has at most one refund, so a replayed cancellation can
/// never mint a second one.
/// </summary>
public static class RefundIds
{
    /// <summary>The refund id for <paramref name="orderId"/>.</summary>
    public static string For(string orderId) => $"RF-{orderId}";
}

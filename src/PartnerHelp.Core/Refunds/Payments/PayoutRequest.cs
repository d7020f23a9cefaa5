namespace PartnerHelp.Core.Refunds.Payments;

/// <summary>A request to pay a refund back to the instrument that paid.</summary>
/// <param name="IdempotencyKey">One key per refund, forever (<see cref="Refund.IdempotencyKey"/>).</param>
/// <param name="RefundId">The refund being paid.</param>
/// <param name="Amount">The amount and its currency.</param>
/// <param name="Instrument">The payment instrument that receives the money.</param>
public sealed record PayoutRequest(string IdempotencyKey, string RefundId, Money Amount, string Instrument)
{
    /// <summary>The request for <paramref name="refund"/>.</summary>
    public static PayoutRequest For(Refund refund)
    {
        ArgumentNullException.ThrowIfNull(refund);
        return new PayoutRequest(refund.IdempotencyKey, refund.Id, refund.Total, refund.PaymentInstrument);
    }
}

namespace PartnerHelp.Core.Refunds.Payments;

/// <summary>
/// The payment processor that returns money to a payment instrument. Like a real processor it
/// deduplicates on <see cref="PayoutRequest.IdempotencyKey"/>: asking twice with one key answers with
/// the payout made the first time instead of paying again.
/// </summary>
public interface IPaymentProcessor
{
    /// <summary>
    /// Pays the refund out, or returns the payout already made under the same idempotency key.
    /// Throws <see cref="PaymentTransientException"/> when the outcome is unknown or the processor is
    /// unavailable (safe to retry with the same key) and <see cref="PaymentDeclinedException"/> when it
    /// refuses the payout for good.
    /// </summary>
    Task<Payout> PayAsync(PayoutRequest request, CancellationToken cancellationToken = default);

    /// <summary>The payout made under <paramref name="idempotencyKey"/>, or null when none was made.</summary>
    Task<Payout?> FindAsync(string idempotencyKey, CancellationToken cancellationToken = default);
}

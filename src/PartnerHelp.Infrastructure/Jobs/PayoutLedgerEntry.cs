namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>
/// One payout in the payment processor simulator's ledger, keyed by idempotency key as a real
/// processor keeps it: the primary key is what makes a second payout for one refund impossible.
/// </summary>
public sealed class PayoutLedgerEntry
{
    public required string IdempotencyKey { get; init; }

    public required string RefundId { get; init; }

    public required string Reference { get; init; }

    public decimal Amount { get; init; }

    public required string Currency { get; init; }

    public required string Instrument { get; init; }

    public DateTimeOffset AcceptedAt { get; init; }

    public DateTimeOffset SettlesAt { get; init; }
}

namespace PartnerHelp.Core.Refunds.Payments;

/// <summary>A payout the processor has accepted.</summary>
/// <param name="IdempotencyKey">The key it was made under.</param>
/// <param name="Reference">The processor's own reference.</param>
/// <param name="Amount">What was paid.</param>
/// <param name="AcceptedAt">When the processor accepted it.</param>
/// <param name="SettlesAt">When the money reaches the instrument.</param>
public sealed record Payout(string IdempotencyKey, string Reference, Money Amount, DateTimeOffset AcceptedAt, DateTimeOffset SettlesAt)
{
    /// <summary>Whether the money has reached the instrument at <paramref name="now"/>.</summary>
    public bool IsSettled(DateTimeOffset now) => now >= SettlesAt;
}

namespace PartnerHelp.Infrastructure.Persistence.Counters;

/// <summary>
/// One shard of the running count and sum of refunds in one state and currency. The refunds board adds the
/// shards up instead of reading every refund; each save that adds, moves or removes a refund adjusts a shard
/// in the same transaction (<see cref="ChangeCounters"/>). Shards spread concurrent writers over several rows.
/// </summary>
public sealed class RefundTotalRow
{
    /// <summary>The refund state, spelled as in <c>refunds.Status</c>.</summary>
    public required string Status { get; init; }

    /// <summary>ISO currency code.</summary>
    public required string Currency { get; init; }

    /// <summary>Which of the <see cref="ChangeCounters.RefundTotalShards"/> rows this is.</summary>
    public int Shard { get; init; }

    /// <summary>Refunds counted in this shard (one shard alone may be negative; the sum over shards never is).</summary>
    public long Count { get; init; }

    /// <summary>Their amount in hundredths of the currency unit: integer arithmetic, exact on every provider.</summary>
    public long AmountHundredths { get; init; }
}

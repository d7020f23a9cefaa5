using Hangfire;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Refunds;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// RefundStatusUpdate: asks the processor whether a refund's payout has settled. Until it has, the same job is
/// scheduled again after <see cref="JobsOptions.StatusPollInterval"/> (<see cref="PollAgainFilter"/>), so one job per
/// refund carries every check in its history.
/// </summary>
public sealed class RefundStatusJob(RefundSettlement settlement)
{
    /// <summary>Checks <paramref name="refundId"/> (for <paramref name="orderId"/>) once; <paramref name="culture"/> is the canceller's language.</summary>
    [Queue(JobQueues.Refunds)]
    [OneRunPerRefund]
    public async Task<StatusCheck> RunAsync(string refundId, string orderId, string? culture, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(refundId);
        using var language = JobCulture.Use(culture);
        return await settlement.CheckAsync(refundId, culture, cancellationToken) switch
        {
            SettlementOutcome.Pending => new StatusCheck(false, $"{refundId} not settled yet"),
            SettlementOutcome.Settled => new StatusCheck(true, $"{refundId} refunded; partner notified"),
            _ => new StatusCheck(true, $"{refundId} no longer processing"),
        };
    }
}

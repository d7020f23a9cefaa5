using Hangfire;
using Hangfire.Server;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Refunds;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// ProcessRefund: pays one refund and, when the processor answers it settled, completes it; otherwise it hands the
/// refund to its status check. One run per refund at a time (a lock shared with the status check), on any node. Hangfire
/// delivers at least once, so a run may repeat after a crash: the processor's idempotency key makes the repeat find the
/// first run's payout, and the refund's version token refuses a second settlement. Its run record is written with the
/// refund's own commits (<see cref="RunRecord"/>).
/// </summary>
public sealed class ProcessRefundJob(RefundPayments payments, RefundJobs jobs, JobRetries retries)
{
    /// <summary>
    /// Runs the payment of <paramref name="refundId"/> (for <paramref name="orderId"/>, shown in the dashboard) in
    /// <paramref name="culture"/>, the language of the person who cancelled; returns what it did, for the dashboard.
    /// </summary>
    [Queue(JobQueues.Refunds)]
    [OneRunPerRefund]
    public async Task<string> RunAsync(string refundId, string orderId, string? culture, PerformContext? context, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(refundId);
        var run = RunRecord.Of(context);
        var attempt = run?.Attempt ?? context?.GetJobParameter<int>("RetryCount", allowStale: true) ?? 0;
        using var language = JobCulture.Use(culture);
        var outcome = await payments.PayAsync(refundId, culture, retries.IsLast(attempt), run, cancellationToken);
        switch (outcome)
        {
            case PaymentOutcome.Paid:
                var check = jobs.ScheduleStatusCheck(refundId, orderId, culture);
                return $"{refundId} paid; settlement check {check} scheduled";
            case PaymentOutcome.Settled:
                return PaymentRunSummaries.Settled(refundId);
            case PaymentOutcome.Declined:
                throw new RefundParkedException($"{refundId} declined by the processor; refund marked Failed for an operator");
            default:
                return $"{refundId} needs no payment";
        }
    }
}

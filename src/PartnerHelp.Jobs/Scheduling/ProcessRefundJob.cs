using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Jobs.Refunds;
using Quartz;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// ProcessRefund: pays one refund (job name = refund id) and, when the processor answers it settled, completes
/// it; otherwise it hands the refund to RefundStatusUpdate polling. Never runs twice at once for one refund;
/// requests recovery, so a run cut off by a crash runs again after restart and the processor's
/// idempotency key makes that second run find the first one's payout. Its run record is written with the refund's own
/// commits (<see cref="RunRecord"/>).
/// </summary>
[DisallowConcurrentExecution]
[WritesOwnRunRecord]
public sealed class ProcessRefundJob(IServiceScopeFactory scopes, RefundJobScheduler jobs, AttemptRecorder attempts) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var refundId = context.JobDetail.Key.Name;
        var culture = context.MergedJobDataMap.GetString(RefundJobScheduler.CultureKey);
        var policy = context.RetryPolicy;
        var lastAttempt = policy is null || policy.MaxAttempts == 0 || context.RetryAttempt >= policy.MaxAttempts;

        await using var scope = scopes.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RefundPayments>().PayAsync(refundId, culture, lastAttempt, attempts.RecordOf(context), cancellationToken);
        switch (outcome)
        {
            case PaymentOutcome.Paid:
                try
                {
                    await jobs.ScheduleStatusPollAsync(context.Scheduler, refundId, culture, cancellationToken);
                    context.Result = JobRunReport.Succeeded($"{refundId} paid; polling for settlement");
                }
                catch (SchedulerException) when (context.Scheduler.Status is SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown)
                {
                    // Paid while the host is stopping: the poll cannot be scheduled now. The refund stays Processing
                    // with no trigger, which the sweep at the next start picks up (the payout is found by its key).
                    context.Result = JobRunReport.Succeeded($"{refundId} paid during shutdown; polling resumes at the next start");
                }

                break;
            case PaymentOutcome.Settled:
                context.Result = JobRunReport.Succeeded(PaymentRunSummaries.Settled(refundId));
                break;
            case PaymentOutcome.Declined:
                context.Result = JobRunReport.Failed($"{refundId} declined by the processor; refund marked Failed");
                break;
            default:
                context.Result = JobRunReport.Skipped($"{refundId} needs no payment");
                break;
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Jobs.Refunds;
using Quartz;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>RefundStatusUpdate: polls the processor until the refund settles, then stops its own trigger.</summary>
[DisallowConcurrentExecution]
public sealed class RefundStatusJob(IServiceScopeFactory scopes) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var refundId = context.JobDetail.Key.Name;
        var culture = context.MergedJobDataMap.GetString(RefundJobScheduler.CultureKey);
        await using var scope = scopes.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RefundSettlement>().CheckAsync(refundId, culture, cancellationToken);
        if (outcome == SettlementOutcome.Pending)
        {
            context.Result = JobRunReport.Skipped($"{refundId} not settled yet");
            return;
        }

        context.Result = outcome == SettlementOutcome.Settled
            ? JobRunReport.Succeeded($"{refundId} refunded; partner notified")
            : JobRunReport.Skipped($"{refundId} no longer processing");

        // The job is not durable: without its trigger it leaves the store, and the polling stops.
        await context.Scheduler.UnscheduleJob(context.Trigger.Key, CancellationToken.None);
    }
}

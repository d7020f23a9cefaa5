using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>Daily: compares every refund with the processor's ledger; mismatches become dashboard alerts.</summary>
[DisallowConcurrentExecution]
public sealed class ReconciliationJob(IServiceScopeFactory scopes) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<RefundReconciliation>().RunAsync(cancellationToken);
        context.Result = JobRunReport.Succeeded($"{report.Checked} refunds checked, {report.Opened} alerts opened, {report.Resolved} resolved")
            .With("checked", report.Checked).With("opened", report.Opened).With("resolved", report.Resolved);
    }
}

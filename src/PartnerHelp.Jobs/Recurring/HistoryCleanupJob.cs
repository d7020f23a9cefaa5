using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>Daily: removes history older than the retention.</summary>
[DisallowConcurrentExecution]
public sealed class HistoryCleanupJob(IServiceScopeFactory scopes) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var (attempts, alerts, outbox, nodes) = await scope.ServiceProvider.GetRequiredService<HistoryCleanup>().RunAsync(cancellationToken);
        context.Result = JobRunReport.Succeeded($"removed {attempts} attempts, {alerts} alerts, {outbox} outbox rows, {nodes} nodes")
            .With("attempts", attempts).With("alerts", alerts).With("outbox", outbox).With("nodes", nodes);
    }
}

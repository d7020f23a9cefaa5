using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>Hourly: notices to partners whose self-serve window closes within 48 hours.</summary>
[DisallowConcurrentExecution]
public sealed class WindowNoticeJob(IServiceScopeFactory scopes) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<WindowNotices>().RunAsync(cancellationToken);
        context.Result = sent == 0 ? JobRunReport.Skipped("no window closes within 48 h") : JobRunReport.Succeeded($"{sent} partners notified").With("sent", sent);
    }
}

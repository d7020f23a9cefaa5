using Quartz;
using Quartz.Extensibility;

namespace PartnerHelp.Jobs.Dashboard;

/// <summary>The history half of the dashboard's read side: Quartz's persisted execution history.</summary>
public sealed partial class JobsDashboard
{
    private static readonly HashSet<JobRunResult> Succeeded = [JobRunResult.Succeeded];

    private async Task<JobPage> HistoryPageAsync(IScheduler scheduler, JobListState state, string? search, int page, CancellationToken cancellationToken)
    {
        var failed = state == JobListState.Failed;
        var query = new ExecutionHistoryQuery
        {
            SchedulerName = scheduler.SchedulerName,
            JobContains = search,
            Skip = (page - 1) * PageSize,
            Take = PageSize,
            FailedFinally = failed ? true : null,
            Results = failed ? null : Succeeded,
        };

        var result = await History().QueryExecutions(query, cancellationToken);
        var rows = result.Items.Select(e => new JobRow(
            $"{e.JobGroup}.{e.JobName}", e.JobGroup, e.JobName, e.Summary, e.FiredAtUtc, e.Duration, e.SchedulerInstanceId, e.RetryAttempt, e.ExceptionMessage ?? e.Summary)).ToList();
        return new JobPage(state, search, page, PageSize, rows, result.HasMore);
    }

    private static async Task<int> CountHistoryAsync(IExecutionHistoryStore history, IScheduler scheduler, bool failed, CancellationToken cancellationToken)
    {
        var query = new ExecutionHistoryQuery
        {
            SchedulerName = scheduler.SchedulerName,
            Take = 0,
            IncludeTotalCount = true,
            FailedFinally = failed ? true : null,
            Results = failed ? null : Succeeded,
        };

        return (await history.QueryExecutions(query, cancellationToken)).TotalCount ?? 0;
    }
}

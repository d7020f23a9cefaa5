using Quartz;
using Quartz.Extensibility;

namespace PartnerHelp.Jobs.Dashboard;

/// <summary>The history half of the dashboard's read side: Quartz's persisted execution history.</summary>
public sealed partial class JobsDashboard
{
    /// <summary>Quartz counts statistics in buckets of at least a minute; the live graph's finer buckets are counted here.</summary>
    private static readonly TimeSpan MinimumStatisticsBucket = TimeSpan.FromMinutes(1);

    private static readonly HashSet<JobRunResult> Succeeded = [JobRunResult.Succeeded];

    private async Task<Dictionary<DateTimeOffset, (int Succeeded, int Failed)>> CoarseBucketsAsync(IScheduler scheduler, DateTimeOffset from, DateTimeOffset now, TimeSpan bucket, CancellationToken cancellationToken)
    {
        var statistics = await History().QueryExecutionStatistics(
            new ExecutionStatisticsQuery { SchedulerName = scheduler.SchedulerName, FiredFrom = Align(from, bucket), FiredBefore = now, BucketSize = bucket },
            cancellationToken);
        var result = new Dictionary<DateTimeOffset, (int, int)>();
        foreach (var b in statistics.Buckets)
        {
            result[b.StartUtc] = ((int)b.SucceededCount, (int)b.FailedCount);
        }

        return result;
    }

    private async Task<Dictionary<DateTimeOffset, (int Succeeded, int Failed)>> FineBucketsAsync(IScheduler scheduler, DateTimeOffset from, DateTimeOffset now, TimeSpan bucket, CancellationToken cancellationToken)
    {
        var page = await History().QueryExecutions(
            new ExecutionHistoryQuery { SchedulerName = scheduler.SchedulerName, FiredFrom = Align(from, bucket), FiredBefore = now, Take = 5_000 },
            cancellationToken);
        var result = new Dictionary<DateTimeOffset, (int Succeeded, int Failed)>();
        foreach (var entry in page.Items)
        {
            var start = Align(entry.FiredAtUtc, bucket);
            var (succeeded, failed) = result.GetValueOrDefault(start);
            result[start] = entry.EffectiveResult switch
            {
                JobRunResult.Succeeded => (succeeded + 1, failed),
                JobRunResult.Failed => (succeeded, failed + 1),
                _ => (succeeded, failed),
            };
        }

        return result;
    }

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

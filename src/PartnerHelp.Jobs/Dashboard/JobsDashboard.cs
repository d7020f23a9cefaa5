using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Scheduling;
using Quartz;
using Quartz.Extensibility;

namespace PartnerHelp.Jobs.Dashboard;

/// <summary>
/// The operators' dashboard read side: Quartz's triggers and firings for what is scheduled and running,
/// Quartz's persisted execution history for what happened, and the application's own tables for
/// attempts with full exceptions, heartbeats, alerts and refunds.
/// </summary>
public sealed partial class JobsDashboard(
    ISchedulerFactory schedulers,
    IServiceProvider services,
    PartnerHelpDbContext db,
    IOptions<JobsOptions> options,
    TimeProvider time)
{
    /// <summary>Rows per list page.</summary>
    public const int PageSize = 20;

    private const int AllTriggers = 10_000;

    /// <summary>The scheduler.</summary>
    public async Task<IScheduler> SchedulerAsync(CancellationToken cancellationToken) => await schedulers.GetScheduler(cancellationToken);

    /// <summary>Counts per state.</summary>
    public async Task<JobCounters> CountersAsync(CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var triggers = await TriggersAsync(scheduler, cancellationToken);
        var running = (await scheduler.QueryFireInstances(new FireInstanceQuery(), cancellationToken)).Items.Count;
        var history = History();
        return new JobCounters(
            triggers.Count(t => IsState(t, JobListState.Scheduled)),
            running,
            triggers.Count(t => IsState(t, JobListState.Retrying)),
            await CountHistoryAsync(history, scheduler, false, cancellationToken),
            await CountHistoryAsync(history, scheduler, true, cancellationToken),
            triggers.Count(t => IsState(t, JobListState.Recurring)),
            triggers.Count(t => IsState(t, JobListState.Paused)));
    }

    /// <summary>One page of a list, newest first, optionally narrowed by a search on job key (job, order id, refund id).</summary>
    public async Task<JobPage> ListAsync(JobListState state, string? search, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        var scheduler = await SchedulerAsync(cancellationToken);
        if (state is JobListState.Succeeded or JobListState.Failed)
        {
            return await HistoryPageAsync(scheduler, state, search, page, cancellationToken);
        }

        IEnumerable<JobRow> rows;
        if (state == JobListState.Running)
        {
            var firings = await scheduler.QueryFireInstances(new FireInstanceQuery(), cancellationToken);
            rows = firings.Items.Select(f => new JobRow(
                f.JobKey is null ? f.TriggerKey.ToString() : JobKeys.Format(f.JobKey), f.JobKey?.Group ?? f.TriggerKey.Group, f.JobKey?.Name ?? f.TriggerKey.Name,
                null, f.FireTimeUtc, time.GetUtcNow() - f.FireTimeUtc, f.SchedulerInstanceId, 0, f.ProgressMessage))
                .OrderByDescending(r => r.At);
        }
        else
        {
            var triggers = await TriggersAsync(scheduler, cancellationToken);
            rows = triggers.Where(t => IsState(t, state))
                .Select(t => new JobRow(JobKeys.Format(t.JobKey), t.JobKey.Group, t.JobKey.Name, t.Description, t.NextFireTimeUtc, null, null, t.RetryAttempt, t.State.ToString()))
                .OrderByDescending(r => r.At);
        }

        var matching = rows.Where(r => search is null || r.Key.Contains(search, StringComparison.OrdinalIgnoreCase)).ToList();
        var slice = matching.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return new JobPage(state, search, page, PageSize, slice, matching.Count > page * PageSize);
    }

    /// <summary>Succeeded and failed runs per bucket from <paramref name="from"/> to now.</summary>
    public async Task<IReadOnlyList<StatsPoint>> StatsAsync(DateTimeOffset from, TimeSpan bucket, CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var now = time.GetUtcNow();
        var byStart = bucket < MinimumStatisticsBucket
            ? await FineBucketsAsync(scheduler, from, now, bucket, cancellationToken)
            : await CoarseBucketsAsync(scheduler, from, now, bucket, cancellationToken);
        var points = new List<StatsPoint>();
        for (var start = Align(from, bucket); start < now; start += bucket)
        {
            points.Add(byStart.TryGetValue(start, out var counts) ? new StatsPoint(start, counts.Succeeded, counts.Failed) : new StatsPoint(start, 0, 0));
        }

        return points;
    }

    /// <summary>Open alerts, newest first.</summary>
    public async Task<IReadOnlyList<AlertView>> AlertsAsync(CancellationToken cancellationToken) =>
        (await db.JobAlerts.AsNoTracking().Where(a => a.ResolvedAt == null).ToListAsync(cancellationToken))
            .OrderByDescending(a => a.CreatedAt)
            .Select(a => new AlertView(a.Kind, a.Subject, a.Detail, a.CreatedAt))
            .ToList();

    /// <summary>The latest operator actions.</summary>
    public async Task<IReadOnlyList<AuditView>> AuditAsync(string? target, int take, CancellationToken cancellationToken) =>
        (await db.JobAuditLog.AsNoTracking().Where(a => target == null || a.Target == target).ToListAsync(cancellationToken))
            .OrderByDescending(a => a.At)
            .Take(take)
            .Select(a => new AuditView(a.At, a.ActorName, a.Action, a.Target, a.Outcome, a.Detail))
            .ToList();

    /// <summary>The store holding this scheduler's execution history (<c>UseExecutionHistory()</c>: the job store's database).</summary>
    private IExecutionHistoryStore History() => services.GetRequiredService<IExecutionHistoryStore>();

    private static async Task<IReadOnlyList<TriggerHeader>> TriggersAsync(IScheduler scheduler, CancellationToken cancellationToken) =>
        (await scheduler.QueryTriggers(new TriggerQuery { Take = AllTriggers }, cancellationToken)).Items;

    private static bool IsState(TriggerHeader trigger, JobListState state)
    {
        var recurring = trigger.JobKey.Group == JobKeys.RecurringGroup;
        return state switch
        {
            JobListState.Paused => trigger.State == TriggerState.Paused,
            JobListState.Recurring => recurring,
            JobListState.Retrying => !recurring && trigger.RetryAttempt > 0 && trigger.State != TriggerState.Paused,
            JobListState.Scheduled => !recurring && trigger.RetryAttempt == 0 && trigger.State is TriggerState.Normal or TriggerState.Blocked,
            _ => false,
        };
    }

    private static DateTimeOffset Align(DateTimeOffset instant, TimeSpan bucket) =>
        new(instant.UtcTicks - (instant.UtcTicks % bucket.Ticks), TimeSpan.Zero);
}

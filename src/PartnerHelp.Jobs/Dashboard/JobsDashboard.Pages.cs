using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Jobs.Refunds;
using PartnerHelp.Jobs.Scheduling;
using Quartz;

namespace PartnerHelp.Jobs.Dashboard;

/// <summary>The detail, recurring, servers and refunds pages' read side.</summary>
public sealed partial class JobsDashboard
{
    /// <summary>A node whose heartbeat is older than this many intervals is reported as possibly down.</summary>
    private const int StaleHeartbeats = 3;

    /// <summary>The job detail, or null when no job and no recorded attempt has this key.</summary>
    public async Task<JobDetailView?> DetailAsync(JobKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var scheduler = await SchedulerAsync(cancellationToken);
        var job = await scheduler.GetJobDetail(key, cancellationToken);
        var attempts = await db.JobAttempts.AsNoTracking().Where(a => a.JobGroup == key.Group && a.JobName == key.Name).ToListAsync(cancellationToken);
        if (job is null && attempts.Count == 0)
        {
            return null;
        }

        var triggers = job is null ? [] : await scheduler.GetTriggersOfJob(key, cancellationToken);
        var views = new List<TriggerView>();
        foreach (var trigger in triggers)
        {
            var state = await scheduler.GetTriggerState(trigger.Key, cancellationToken);
            var cron = trigger as ICronTrigger;
            views.Add(new TriggerView($"{trigger.Key.Group}.{trigger.Key.Name}", state.ToString(), trigger.GetType().Name, trigger.NextFireTimeUtc, trigger.PreviousFireTimeUtc,
                trigger.RetryAttempt, trigger.RetryPolicy?.ToString(), cron?.CronExpressionString, cron?.TimeZone.Id));
        }

        var running = (await scheduler.QueryFireInstances(new FireInstanceQuery { Job = key }, cancellationToken)).Items
            .Select(f => new RunningView(f.FireInstanceId, JobKeys.Format(key), f.SchedulerInstanceId, f.FireTimeUtc, f.Progress)).ToList();
        var data = job?.JobDataMap.Keys.ToDictionary(k => k, k => job.JobDataMap.GetString(k) ?? string.Empty, StringComparer.Ordinal) ?? new Dictionary<string, string>();
        var (schedule, allowed) = RetrySchedule(triggers.FirstOrDefault());
        return new JobDetailView(
            JobKeys.Format(key), key.Group, key.Name, job?.Description, job?.JobType.Type.Name ?? "—", job?.Durable ?? false, job?.RequestsRecovery ?? false, data,
            key.Group is JobKeys.RefundGroup or JobKeys.StatusGroup ? await RefundAsync(key.Name, cancellationToken) : null,
            views, running, attempts.OrderByDescending(a => a.StartedAt).ToList(), schedule, allowed,
            await AuditAsync(JobKeys.Format(key), 50, cancellationToken));
    }

    /// <summary>Recurring jobs with their cron, time zone, next and last run and last outcome.</summary>
    public async Task<IReadOnlyList<RecurringView>> RecurringAsync(CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var result = new List<RecurringView>();
        foreach (var key in new[] { JobKeys.Reconciliation, JobKeys.WindowNotices, JobKeys.CreditReview, JobKeys.HistoryCleanup })
        {
            var job = await scheduler.GetJobDetail(key, cancellationToken);
            if (job is null)
            {
                continue;
            }

            var trigger = (await scheduler.GetTriggersOfJob(key, cancellationToken)).OfType<ICronTrigger>().FirstOrDefault();
            var state = trigger is null ? TriggerState.None : await scheduler.GetTriggerState(trigger.Key, cancellationToken);
            var status = await History().GetJobRunStatus(scheduler.SchedulerName, key, cancellationToken);
            result.Add(new RecurringView(JobKeys.Format(key), job.Description, trigger?.CronExpressionString ?? "—", trigger?.TimeZone.Id ?? "—",
                trigger?.NextFireTimeUtc, status?.LastFiredAtUtc ?? trigger?.PreviousFireTimeUtc, status?.LastResult.ToString(), state == TriggerState.Paused));
        }

        return result;
    }

    /// <summary>
    /// Scheduler instances from their heartbeat rows, each with its heartbeat's age, Quartz's verdict on its cluster
    /// check-in and what it is running now (firings are in the shared store, so every node sees every node's).
    /// </summary>
    public async Task<IReadOnlyList<ServerView>> ServersAsync(CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var firings = (await scheduler.QueryFireInstances(new FireInstanceQuery(), cancellationToken)).Items;
        var clustered = options.Value.Clustered;
        var cluster = clustered ? (await scheduler.QueryClusterNodes(cancellationToken)).ToDictionary(n => n.InstanceId, StringComparer.Ordinal) : [];
        var now = time.GetUtcNow();
        var stale = options.Value.HeartbeatInterval * StaleHeartbeats;
        var rows = await db.SchedulerHeartbeats.AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderByDescending(h => h.LastHeartbeatAt).Select(h =>
        {
            var node = cluster.GetValueOrDefault(h.InstanceId);
            return new ServerView(
                h.InstanceId, h.HostName, h.ProcessId, h.Clustered, h.WorkerCount, h.StartedAt, h.LastHeartbeatAt, h.StoppedAt,
                h.StoppedAt is not null ? "Stopped" : now - h.LastHeartbeatAt > stale ? "Silent" : "Alive",
                firings.Where(f => f.SchedulerInstanceId == h.InstanceId)
                    .Select(f => new RunningView(f.FireInstanceId, f.JobKey is null ? f.TriggerKey.ToString() : JobKeys.Format(f.JobKey), f.SchedulerInstanceId, f.FireTimeUtc, f.Progress))
                    .ToList(),
                now - h.LastHeartbeatAt < TimeSpan.Zero ? TimeSpan.Zero : now - h.LastHeartbeatAt,
                !clustered || !h.Clustered ? null : node?.State.ToString() ?? "Gone",
                node?.LastCheckInUtc);
        }).ToList();
    }

    /// <summary>Refunds per page of the refunds board.</summary>
    public const int RefundPageSize = 25;

    /// <summary>
    /// The refunds board: counts and totals from the counter shards every save keeps (<c>refund_totals</c>, a few
    /// rows per state and currency, however many refunds there are), and one page of refunds, newest first,
    /// filtered by state.
    /// </summary>
    public async Task<RefundBoard> RefundsAsync(string? status, int page, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        page = Math.Clamp(page, 1, 100_000);
        var shards = await db.RefundTotals.AsNoTracking().ToListAsync(cancellationToken);
        var totals = shards
            .GroupBy(t => (t.Status, t.Currency))
            .Select(g => new RefundTotal(g.Key.Status, g.Key.Currency, checked((int)g.Sum(t => t.Count)), g.Sum(t => t.AmountHundredths) / 100m))
            .Where(t => t.Count != 0)
            .OrderBy(t => t.Status, StringComparer.Ordinal).ThenBy(t => t.Currency, StringComparer.Ordinal)
            .ToList();
        var counts = Enum.GetValues<RefundStatus>().ToDictionary(s => s.ToString(), s => totals.Where(t => t.Status == s.ToString()).Sum(t => t.Count), StringComparer.Ordinal);

        var query = db.Refunds.AsNoTracking();
        if (Enum.TryParse<RefundStatus>(status, ignoreCase: true, out var wanted))
        {
            query = query.Where(r => r.Status == wanted);
        }

        var slice = await query.OrderByDescending(r => r.RequestedAt).ThenBy(r => r.Id)
            .Skip((page - 1) * RefundPageSize).Take(RefundPageSize + 1)
            .ToListAsync(cancellationToken);
        var rows = slice.Take(RefundPageSize)
            .Select(r => new RefundBoardRow(r.Id, r.OrderId, r.PartnerId, r.Amount, r.Currency, r.Status.ToString(), r.RequestedAt, r.CompletedAt,
                ((r.CompletedAt ?? now) - r.RequestedAt).TotalDays, Promise(r, now)))
            .ToList();
        return new RefundBoard(rows, totals, counts) { Page = page, HasMore = slice.Count > RefundPageSize };
    }

    private string Promise(Refund refund, DateTimeOffset now)
    {
        var age = (refund.CompletedAt ?? now) - refund.RequestedAt;
        return refund.Status == RefundStatus.Refunded
            ? age <= PromiseWatch.Promise ? "Kept" : "Late"
            : age > PromiseWatch.Promise ? "Overdue" : age >= options.Value.PromiseWarningAge ? "AtRisk" : "OnTrack";
    }

    private async Task<RefundSummary?> RefundAsync(string refundId, CancellationToken cancellationToken)
    {
        var refund = await db.Refunds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == refundId, cancellationToken);
        if (refund is null)
        {
            return null;
        }

        var payout = await db.PayoutLedger.AsNoTracking().SingleOrDefaultAsync(p => p.IdempotencyKey == refund.IdempotencyKey, cancellationToken);
        return new RefundSummary(refund.Id, refund.OrderId, refund.PartnerId, refund.Amount, refund.Currency, refund.Status.ToString(), refund.RequestedAt,
            refund.CompletedAt, refund.FailureReason, payout?.Reference ?? refund.ProcessorReference);
    }

    /// <summary>The nominal waits of the retries still ahead (each may land up to the jitter either side).</summary>
    private (IReadOnlyList<TimeSpan> Schedule, int Allowed) RetrySchedule(ITrigger? trigger)
    {
        var o = options.Value;
        var policy = trigger?.RetryPolicy ?? RetryPolicy.Exponential(o.RetryAttempts, o.RetryInitialDelay, o.RetryBackoff, o.RetryMaxDelay);
        var done = trigger?.RetryAttempt ?? 0;
        var schedule = new List<TimeSpan>();
        for (var attempt = done + 1; attempt <= policy.MaxAttempts; attempt++)
        {
            var nominal = policy.InitialDelay * Math.Pow(policy.BackoffFactor, attempt - 1);
            schedule.Add(policy.MaxDelay is { } max && nominal > max ? max : nominal);
        }

        return (schedule, policy.MaxAttempts);
    }
}

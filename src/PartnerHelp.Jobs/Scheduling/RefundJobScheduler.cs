using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Demo;
using PartnerHelp.Infrastructure.Persistence;
using Quartz;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>Creates the Quartz jobs of a refund. A job that already exists counts as scheduled.</summary>
public sealed class RefundJobScheduler(IOptions<JobsOptions> options, TimeProvider time)
{
    /// <summary>Job data key of the culture the partner acted in.</summary>
    public const string CultureKey = "culture";

    /// <summary>The retry policy of refund payments: exponential with jitter, from configuration.</summary>
    public RetryPolicy RetryPolicy
    {
        get
        {
            var o = options.Value;
            return RetryPolicy.Exponential(o.RetryAttempts, o.RetryInitialDelay, o.RetryBackoff, o.RetryMaxDelay, o.RetryJitter);
        }
    }

    /// <summary>Schedules ProcessRefund for <paramref name="refundId"/>; false when it was scheduled already.</summary>
    public async Task<bool> ScheduleRefundAsync(IScheduler scheduler, string refundId, string? culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var key = JobKeys.ProcessRefund(refundId);
        if (await scheduler.Exists(key, cancellationToken))
        {
            // The job is durable, so it outlives its trigger: a job left without one is not scheduled, and gets a trigger.
            return !await HasTriggerAsync(scheduler, key, cancellationToken)
                && await TryScheduleAsync(scheduler, null, RefundTrigger(refundId, key), cancellationToken);
        }

        return await TryScheduleAsync(scheduler, RefundJob(refundId, culture), RefundTrigger(refundId, key), cancellationToken);
    }

    /// <summary>
    /// Schedules ProcessRefund for each of <paramref name="refunds"/> in one scheduler call (one store transaction)
    /// when none of them has a job yet, as for new outbox rows; otherwise one at a time, as
    /// <see cref="ScheduleRefundAsync"/>. Returns the refunds that could not be scheduled, with why.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, SchedulerException>> ScheduleRefundsAsync(IScheduler scheduler, IReadOnlyList<(string RefundId, string? Culture)> refunds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(refunds);
        var distinct = refunds.DistinctBy(r => r.RefundId, StringComparer.Ordinal).ToList();
        var failures = new Dictionary<string, SchedulerException>(StringComparer.Ordinal);
        try
        {
            var batch = distinct.ToDictionary(
                r => RefundJob(r.RefundId, r.Culture),
                r => (IReadOnlyCollection<ITrigger>)[RefundTrigger(r.RefundId, JobKeys.ProcessRefund(r.RefundId))]);
            await scheduler.ScheduleJobs(batch, new ScheduleJobOptions(), cancellationToken);
            return failures;
        }
        catch (SchedulerException)
        {
            // Nothing of the batch was stored: one of them had a job already (a row dispatched again after a
            // crash, a refund the sweep reached first) or the store failed. Each refund on its own says which.
        }

        foreach (var (refundId, culture) in distinct)
        {
            try
            {
                await ScheduleRefundAsync(scheduler, refundId, culture, cancellationToken);
            }
            catch (SchedulerException ex)
            {
                failures[refundId] = ex;
            }
        }

        return failures;
    }

    /// <summary>Schedules the status polling of <paramref name="refundId"/>; false when it runs already.</summary>
    public async Task<bool> ScheduleStatusPollAsync(IScheduler scheduler, string refundId, string? culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var key = JobKeys.RefundStatus(refundId);
        if (await scheduler.Exists(key, cancellationToken))
        {
            return false;
        }

        var interval = options.Value.StatusPollInterval;
        var job = JobBuilder.Create<RefundStatusJob>()
            .WithIdentity(key)
            .WithDescription($"RefundStatusUpdate {refundId}")
            .UsingJobData(CultureKey, culture ?? string.Empty)
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(refundId, JobKeys.StatusGroup)
            .ForJob(key)
            .StartAt(time.GetUtcNow() + interval)
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever())
            .Build();
        return await TryScheduleAsync(scheduler, job, trigger, cancellationToken);
    }

    /// <summary>
    /// Gives every unfinished refund that has no job one (a refund restored without its outbox row, or
    /// whose job was deleted); returns how many were scheduled. Refunds of demo orders nobody has acted on
    /// are left as seeded (SPEC 6 shows CT-1008's refund Processing, re-based on the first start of each day).
    /// </summary>
    public async Task<int> SweepAsync(IScheduler scheduler, PartnerHelpDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(db);
        var untouchedDemoOrders = db.UntouchedDemoOrders();
        var open = await db.Refunds.AsNoTracking()
            .Where(r => r.Status == RefundStatus.Requested || r.Status == RefundStatus.Processing)
            .Where(r => !untouchedDemoOrders.Contains(r.OrderId))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var scheduled = 0;
        foreach (var refundId in open)
        {
            // A trigger, not a job, is what makes a refund move on: ProcessRefund's job stays stored after its
            // trigger is gone (an operator deleted the status poll, or its last retry ended while shutting down).
            if (await HasTriggerAsync(scheduler, JobKeys.ProcessRefund(refundId), cancellationToken)
                || await HasTriggerAsync(scheduler, JobKeys.RefundStatus(refundId), cancellationToken))
            {
                continue;
            }

            var culture = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Type == OutboxMessage.RefundRequested && m.Subject == refundId)
                .Select(m => m.Culture)
                .FirstOrDefaultAsync(cancellationToken);
            if (await ScheduleRefundAsync(scheduler, refundId, culture, cancellationToken))
            {
                scheduled++;
            }
        }

        return scheduled;
    }

    private static async Task<bool> HasTriggerAsync(IScheduler scheduler, JobKey key, CancellationToken cancellationToken) =>
        (await scheduler.GetTriggersOfJob(key, cancellationToken)).Count > 0;

    private static IJobDetail RefundJob(string refundId, string? culture) => JobBuilder.Create<ProcessRefundJob>()
        .WithIdentity(JobKeys.ProcessRefund(refundId))
        .WithDescription($"ProcessRefund {refundId}")
        .UsingJobData(CultureKey, culture ?? string.Empty)
        .StoreDurably()
        .RequestRecovery()
        .Build();

    private ITrigger RefundTrigger(string refundId, JobKey key) => TriggerBuilder.Create()
        .WithIdentity(refundId, JobKeys.RefundGroup)
        .ForJob(key)
        .StartAt(time.GetUtcNow())
        .WithRetryPolicy(RetryPolicy)
        .Build();

    /// <summary>Schedules <paramref name="trigger"/> with <paramref name="job"/>, or for its stored job when <paramref name="job"/> is null.</summary>
    private static async Task<bool> TryScheduleAsync(IScheduler scheduler, IJobDetail? job, ITrigger trigger, CancellationToken cancellationToken)
    {
        try
        {
            if (job is null)
            {
                await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
            }
            else
            {
                await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), cancellationToken);
            }

            return true;
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another node (or dispatcher pass) scheduled it between the check and the insert.
            return false;
        }
    }
}

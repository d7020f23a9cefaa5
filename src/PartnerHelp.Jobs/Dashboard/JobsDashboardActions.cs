using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Scheduling;
using Quartz;

namespace PartnerHelp.Jobs.Dashboard;

/// <summary>
/// What an operator can do to a job — retry now, trigger now, pause, resume, delete, interrupt — each
/// written to the audit log with who did it and how it went. Retrying a failed refund goes through the
/// refund's own state machine and the same idempotency key, so it can never pay twice.
/// </summary>
public sealed class JobsDashboardActions(ISchedulerFactory schedulers, PartnerHelpDbContext db, RefundJobScheduler jobs, TimeProvider time)
{
    private const int MaxDeleteAttempts = 5;

    private static readonly SemaphoreSlim[] Gates = [.. Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Carries out <paramref name="action"/> on <paramref name="key"/> for the operator <paramref name="actorId"/>.</summary>
    public async Task<JobActionResult> RunAsync(JobAction action, JobKey key, string actorId, string actorName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var scheduler = await schedulers.GetScheduler(cancellationToken);

        // Quartz's delete (list the triggers, unschedule each, remove) and exists-then-trigger are not atomic: two
        // operators pressing buttons on one job at once got 500s and a second "deleted". One action per job at a time
        // on this node; across nodes, DeleteAsync and TriggerAsync answer "not found" when the job went away under them.
        var gate = Gates[(int)((uint)StringComparer.Ordinal.GetHashCode(JobKeys.Format(key)) % (uint)Gates.Length)];
        await gate.WaitAsync(cancellationToken);
        JobActionResult result;
        string? detail;
        try
        {
            (result, detail) = await ActAsync(scheduler, action, key, actorId, actorName, cancellationToken);
        }
        finally
        {
            gate.Release();
        }

        db.JobAuditLog.Add(new JobAuditEntry
        {
            At = time.GetUtcNow(),
            ActorId = actorId,
            ActorName = actorName,
            Action = action.ToString(),
            Target = JobKeys.Format(key),
            Outcome = result.ToString(),
            Detail = detail,
        });
        await db.SaveChangesAsync(CancellationToken.None);
        return result;
    }

    private async Task<(JobActionResult, string?)> ActAsync(IScheduler scheduler, JobAction action, JobKey key, string actorId, string actorName, CancellationToken cancellationToken) =>
        action switch
        {
            JobAction.RetryNow => await RetryAsync(scheduler, key, actorId, cancellationToken),
            JobAction.TriggerNow => await TriggerAsync(scheduler, key, cancellationToken),
            JobAction.Pause => (await scheduler.PauseJobWith(key, new PauseDetails { Reason = "dashboard", RequestedBy = actorName }, cancellationToken) ? JobActionResult.Done : JobActionResult.NotFound, null),
            JobAction.Resume => (await scheduler.ResumeJob(key, cancellationToken) ? JobActionResult.Done : JobActionResult.NotFound, null),
            JobAction.Delete => (await DeleteAsync(scheduler, key, cancellationToken),
                key.Group == JobKeys.RefundGroup ? "an unfinished refund gets a new job from the next sweep" : null),
            JobAction.Interrupt => (await scheduler.Interrupt(key, cancellationToken) ? JobActionResult.Done : JobActionResult.NotFound, null),
            _ => (JobActionResult.NotApplicable, null),
        };

    /// <summary>
    /// Quartz deletes a job in steps: it lists the job's triggers, unschedules each, then removes the job, and it throws
    /// when a trigger it listed is gone by the time it unschedules it. A one-shot trigger finishing does that (a "run now"
    /// pressed a moment before), and so does another node removing one. The job is then still there with fewer triggers,
    /// so the delete is tried again from a fresh list; a job that went away meanwhile is answered "not found".
    /// </summary>
    private static async Task<JobActionResult> DeleteAsync(IScheduler scheduler, JobKey key, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await scheduler.DeleteJob(key, cancellationToken) ? JobActionResult.Done : JobActionResult.NotFound;
            }
            catch (SchedulerException)
            {
                if (!await scheduler.Exists(key, CancellationToken.None))
                {
                    return JobActionResult.NotFound;
                }

                if (attempt == MaxDeleteAttempts)
                {
                    throw;
                }
            }
        }
    }

    private static async Task<(JobActionResult, string?)> TriggerAsync(IScheduler scheduler, JobKey key, CancellationToken cancellationToken)
    {
        if (!await scheduler.Exists(key, cancellationToken))
        {
            return (JobActionResult.NotFound, null);
        }

        try
        {
            await scheduler.TriggerJob(key, new JobDataMap(), cancellationToken);
        }
        catch (JobPersistenceException)
        {
            // Another operator deleted the job between the check and the trigger: nothing to run, not a failure.
            if (await scheduler.Exists(key, CancellationToken.None))
            {
                throw;
            }

            return (JobActionResult.NotFound, null);
        }

        return (JobActionResult.Done, null);
    }

    private async Task<(JobActionResult, string?)> RetryAsync(IScheduler scheduler, JobKey key, string actorId, CancellationToken cancellationToken)
    {
        if (key.Group != JobKeys.RefundGroup)
        {
            return await TriggerAsync(scheduler, key, cancellationToken);
        }

        var refund = await db.Refunds.Include(r => r.Transitions).SingleOrDefaultAsync(r => r.Id == key.Name, cancellationToken);
        if (refund is null)
        {
            return (JobActionResult.NotFound, null);
        }

        if (refund.Status == RefundStatus.Refunded)
        {
            return (JobActionResult.NotApplicable, "refund already refunded");
        }

        string? detail = null;
        if (refund.Status == RefundStatus.Failed)
        {
            refund.RetryByOperator(time.GetUtcNow(), actorId);
            await db.SaveChangesAsync(cancellationToken);
            detail = "failed refund sent back to processing";
        }

        if (!await scheduler.Exists(key, cancellationToken))
        {
            await jobs.ScheduleRefundAsync(scheduler, refund.Id, null, cancellationToken);
            return (JobActionResult.Done, detail);
        }

        var (triggered, _) = await TriggerAsync(scheduler, key, cancellationToken);
        return (triggered, detail);
    }
}

using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Demo;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Engine;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// Creates a refund's Hangfire jobs and finds the refunds that have none. The application database decides what must
/// happen (an unfinished refund must be paid and settled); Hangfire only executes it, so any unfinished refund without
/// a live job (lost with the in-memory storage on restart, deleted by an operator, failed) gets one from the sweep.
/// </summary>
public sealed class RefundJobs(IBackgroundJobClient client, JobStorage storage, IOptions<JobsOptions> options)
{
    /// <summary>The lock that makes one node at a time turn outbox rows and sweep findings into jobs.</summary>
    public const string DispatchLock = "partnerhelp:refund-dispatch";

    private const int Page = 500;

    /// <summary>Enqueues the payment run of <paramref name="refundId"/>; returns the job id.</summary>
    public string EnqueuePayment(string refundId, string orderId, string? culture) =>
        client.Enqueue<ProcessRefundJob>(job => job.RunAsync(refundId, orderId, culture, null, CancellationToken.None));

    /// <summary>Schedules the first status check of <paramref name="refundId"/>; returns the job id.</summary>
    public string ScheduleStatusCheck(string refundId, string orderId, string? culture) =>
        client.Schedule<RefundStatusJob>(job => job.RunAsync(refundId, orderId, culture, CancellationToken.None), options.Value.StatusPollInterval);

    /// <summary>
    /// The refunds whose jobs are scheduled, enqueued or running right now. A job that went to Failed, Deleted or
    /// Succeeded, or was lost with the storage, is not live.
    /// </summary>
    public IReadOnlySet<string> RefundsWithLiveJobs()
    {
        var monitoring = storage.GetMonitoringApi();
        var live = new HashSet<string>(StringComparer.Ordinal);
        // A queue can still hold a job that has left the state it was queued in (deleted while enqueued): only jobs that
        // are in the list's state count.
        Collect(live, from => monitoring.ScheduledJobs(from, Page).Select(j => j.Value is { InScheduledState: true } dto ? dto.Job : null));
        Collect(live, from => monitoring.EnqueuedJobs(JobQueues.Refunds, from, Page).Select(j => j.Value is { InEnqueuedState: true } dto ? dto.Job : null));
        Collect(live, from => monitoring.FetchedJobs(JobQueues.Refunds, from, Page).Select(j => j.Value is { } dto && (dto.State == EnqueuedState.StateName || dto.State == ProcessingState.StateName) ? dto.Job : null));
        Collect(live, from => monitoring.ProcessingJobs(from, Page).Select(j => j.Value is { InProcessingState: true } dto ? dto.Job : null));
        return live;
    }

    /// <summary>
    /// Gives every unfinished refund that has no live job a payment run (it resumes wherever the refund is: a Processing
    /// refund's payout is found by its key, then settled or checked). Refunds whose outbox row is still waiting are the
    /// dispatcher's, and refunds of demo orders nobody has acted on are left as seeded (SPEC 6 shows CT-1008's refund
    /// Processing). Returns how many got a job. The caller holds <see cref="DispatchLock"/>.
    /// </summary>
    public async Task<int> SweepAsync(PartnerHelpDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Live jobs first, unfinished refunds second: a job that finishes between the two reads then leaves its refund
        // finished in the second, instead of open and seemingly jobless (a second payment run for nothing; 115 runs for
        // 60 refunds after a restart on PostgreSQL). New jobs cannot appear in between: the caller holds the dispatch
        // lock, and a refund's own jobs hand over while one of them is live.
        var live = RefundsWithLiveJobs();
        var untouchedDemoOrders = db.UntouchedDemoOrders();
        var open = await db.Refunds.AsNoTracking()
            .Where(r => r.Status == RefundStatus.Requested || r.Status == RefundStatus.Processing)
            .Where(r => !untouchedDemoOrders.Contains(r.OrderId))
            .Where(r => !db.OutboxMessages.Any(m => m.Type == OutboxMessage.RefundRequested && m.Subject == r.Id && m.DispatchedAt == null))
            .Select(r => new
            {
                r.Id,
                r.OrderId,
                Culture = db.OutboxMessages.Where(m => m.Type == OutboxMessage.RefundRequested && m.Subject == r.Id).Select(m => m.Culture).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return 0;
        }

        var orphans = open.Where(r => !live.Contains(r.Id)).ToList();
        foreach (var refund in orphans)
        {
            EnqueuePayment(refund.Id, refund.OrderId, refund.Culture);
        }

        return orphans.Count;
    }

    /// <summary>Holds <see cref="DispatchLock"/> until disposed; null when another node holds it longer than <paramref name="wait"/>.</summary>
    public IDisposable? TryLockDispatch(TimeSpan wait)
    {
        try
        {
            return StorageLocks.Acquire(storage, DispatchLock, wait);
        }
        catch (DistributedLockTimeoutException)
        {
            return null;
        }
    }

    private static void Collect(HashSet<string> live, Func<int, IEnumerable<Job?>> page)
    {
        for (var from = 0; ; from += Page)
        {
            var count = 0;
            foreach (var job in page(from))
            {
                count++;
                if (JobKind.Of(job, null) is { IsRefund: true } kind)
                {
                    live.Add(kind.Name);
                }
            }

            if (count < Page)
            {
                return;
            }
        }
    }
}

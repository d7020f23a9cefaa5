using Hangfire;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Refunds;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>
/// The recurring jobs, each a thin adapter over its service: registered with Hangfire at every start
/// (<see cref="RecurringJobsRegistration"/>) in UTC, one run at a time across every node.
/// </summary>
public sealed class RecurringJobs(RefundReconciliation reconciliation, WindowNotices windowNotices, PromiseWatch promiseWatch, HistoryCleanup cleanup, CreditReviews creditReviews)
{
    /// <summary>Daily reconciliation of refunds against the processor.</summary>
    public const string Reconciliation = "reconciliation";

    /// <summary>Hourly notices about self-serve windows closing within 48 hours.</summary>
    public const string WindowNotices = "window-notices";

    /// <summary>Hourly flags on unfinished refunds near or past the 30-day promise.</summary>
    public const string PromiseWatch = "promise-watch";

    /// <summary>Daily cleanup of old history.</summary>
    public const string HistoryCleanup = "history-cleanup";

    /// <summary>The credit request review that moves claims from Submitted to a decision.</summary>
    public const string CreditReview = "credit-review";

    /// <summary>Every recurring job id, in the order the dashboard lists them.</summary>
    public static readonly IReadOnlyList<string> All = [Reconciliation, WindowNotices, PromiseWatch, HistoryCleanup, CreditReview];

    private static readonly Dictionary<string, string> IdsByMethod = new(StringComparer.Ordinal)
    {
        [nameof(ReconcileAsync)] = Reconciliation,
        [nameof(NotifyClosingWindowsAsync)] = WindowNotices,
        [nameof(WatchPromiseAsync)] = PromiseWatch,
        [nameof(CleanUpAsync)] = HistoryCleanup,
        [nameof(ReviewCreditRequestsAsync)] = CreditReview,
    };

    // A run still going when the next is due waits for it rather than overlapping; a long wait fails and is retried.
    private const int OneAtATime = 600;

    /// <summary>Compares every refund with the processor's ledger; mismatches become alerts.</summary>
    [DisableConcurrentExecution(OneAtATime)]
    public async Task<string> ReconcileAsync(CancellationToken cancellationToken)
    {
        var report = await reconciliation.RunAsync(cancellationToken);
        return $"{report.Checked} refunds checked, {report.Opened} alerts opened, {report.Resolved} resolved";
    }

    /// <summary>Tells partners whose self-serve window closes within 48 hours.</summary>
    [DisableConcurrentExecution(OneAtATime)]
    public async Task<string> NotifyClosingWindowsAsync(CancellationToken cancellationToken) =>
        await windowNotices.RunAsync(cancellationToken) is var sent and > 0 ? $"{sent} partners notified" : "no window closes within 48 h";

    /// <summary>Flags unfinished refunds as they approach or pass the 30-day promise.</summary>
    [DisableConcurrentExecution(OneAtATime)]
    public async Task<string> WatchPromiseAsync(CancellationToken cancellationToken) =>
        $"{await promiseWatch.SweepAsync(cancellationToken)} alerts opened";

    /// <summary>Removes history older than the retention.</summary>
    [DisableConcurrentExecution(OneAtATime)]
    public async Task<string> CleanUpAsync(CancellationToken cancellationToken)
    {
        var (attempts, alerts, outbox) = await cleanup.RunAsync(cancellationToken);
        return $"removed {attempts} attempts, {alerts} alerts, {outbox} outbox rows";
    }

    /// <summary>Moves credit requests through review to a decision.</summary>
    [DisableConcurrentExecution(OneAtATime)]
    public async Task<string> ReviewCreditRequestsAsync(CancellationToken cancellationToken) =>
        await creditReviews.RunAsync(cancellationToken) is var moved and > 0 ? $"{moved} credit requests moved" : "no credit request due";

    /// <summary>The recurring job id whose runs call <paramref name="job"/>, or null when it is not one of these.</summary>
    public static string? IdOf(Hangfire.Common.Job job) =>
        job?.Type == typeof(RecurringJobs) && IdsByMethod.TryGetValue(job.Method.Name, out var id) ? id : null;

    /// <summary>Registers (or updates) every recurring job with <paramref name="manager"/> on <paramref name="options"/>' crons, in UTC.</summary>
    public static void Register(IRecurringJobManager manager, JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(options);
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        manager.AddOrUpdate<RecurringJobs>(Reconciliation, JobQueues.Default, job => job.ReconcileAsync(CancellationToken.None), options.ReconciliationCron, utc);
        manager.AddOrUpdate<RecurringJobs>(WindowNotices, JobQueues.Default, job => job.NotifyClosingWindowsAsync(CancellationToken.None), options.WindowNoticeCron, utc);
        manager.AddOrUpdate<RecurringJobs>(PromiseWatch, JobQueues.Default, job => job.WatchPromiseAsync(CancellationToken.None), options.PromiseWatchCron, utc);
        manager.AddOrUpdate<RecurringJobs>(HistoryCleanup, JobQueues.Default, job => job.CleanUpAsync(CancellationToken.None), options.HistoryCleanupCron, utc);
        manager.AddOrUpdate<RecurringJobs>(CreditReview, JobQueues.Default, job => job.ReviewCreditRequestsAsync(CancellationToken.None), options.CreditReviewCron, utc);
    }
}

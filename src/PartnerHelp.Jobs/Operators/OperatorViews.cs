using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Refunds;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Jobs.Operators;

/// <summary>
/// What the operators' pages inside Hangfire's dashboard show that Hangfire does not know: refunds against the 30-day
/// promise, a refund's whole story, alerts, the audit log and paused recurring jobs. Synchronous, as Hangfire's
/// dashboard pages are.
/// </summary>
public sealed class OperatorViews(PartnerHelpDbContext db, JobStorage storage, RefundJobs jobs, IOptions<JobsOptions> options, TimeProvider time)
{
    /// <summary>Refunds per page of the board.</summary>
    public const int RefundPageSize = 25;

    /// <summary>Entries per page of the audit log.</summary>
    public const int AuditPageSize = 50;

    /// <summary>Longest search text taken.</summary>
    public const int MaxSearchLength = 64;

    /// <summary>
    /// The board: counts and totals from the counter shards every save keeps (<c>refund_totals</c>, a few rows per state
    /// and currency however many refunds there are), and one page of refunds, newest first, filtered by state and by a
    /// refund or order id (exact, or a prefix).
    /// </summary>
    public RefundBoard Board(RefundStatus? status, string? search, int page)
    {
        var now = time.GetUtcNow();
        page = Math.Clamp(page, 1, 100_000);
        var totals = db.RefundTotals.AsNoTracking().ToList()
            .GroupBy(t => (t.Status, t.Currency))
            .Select(g => new RefundTotal(g.Key.Status, g.Key.Currency, checked((int)g.Sum(t => t.Count)), g.Sum(t => t.AmountHundredths) / 100m))
            .Where(t => t.Count != 0)
            .OrderBy(t => t.Status, StringComparer.Ordinal).ThenBy(t => t.Currency, StringComparer.Ordinal)
            .ToList();
        var counts = Enum.GetValues<RefundStatus>().ToDictionary(s => s.ToString(), s => totals.Where(t => t.Status == s.ToString()).Sum(t => t.Count), StringComparer.Ordinal);

        var query = db.Refunds.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        if (Normalize(search) is { } text)
        {
            query = query.Where(r => r.Id.StartsWith(text) || r.OrderId.StartsWith(text));
        }

        var slice = query.OrderByDescending(r => r.RequestedAt).ThenBy(r => r.Id)
            .Skip((page - 1) * RefundPageSize).Take(RefundPageSize + 1)
            .ToList();
        return new RefundBoard(slice.Take(RefundPageSize).Select(r => Row(r, now)).ToList(), totals, counts)
        {
            Page = page,
            HasMore = slice.Count > RefundPageSize,
        };
    }

    /// <summary>One refund's story, or null when there is no such refund.</summary>
    public RefundDetail? Refund(string refundId)
    {
        var refund = db.Refunds.AsNoTracking().Include(r => r.Transitions).SingleOrDefault(r => r.Id == refundId);
        if (refund is null)
        {
            return null;
        }

        var payout = db.PayoutLedger.AsNoTracking().SingleOrDefault(p => p.IdempotencyKey == refund.IdempotencyKey);
        var runs = db.JobAttempts.AsNoTracking()
            .Where(a => (a.JobGroup == Engine.JobKind.RefundGroup || a.JobGroup == Engine.JobKind.StatusGroup) && a.JobName == refundId)
            .ToList().OrderByDescending(a => a.StartedAt).Take(100).ToList();
        var alerts = db.JobAlerts.AsNoTracking().Where(a => a.Subject == refundId).ToList().OrderByDescending(a => a.CreatedAt).ToList();
        var actions = db.JobAuditLog.AsNoTracking().Where(a => a.Target == refundId || a.Target == refund.OrderId).ToList().OrderByDescending(a => a.At).Take(50).ToList();
        return new RefundDetail(
            Row(refund, time.GetUtcNow()),
            refund.FailureReason,
            payout?.Reference ?? refund.ProcessorReference,
            refund.Transitions.OrderBy(t => t.At).ToList(),
            runs,
            alerts,
            actions,
            jobs.RefundsWithLiveJobs().Contains(refundId));
    }

    /// <summary>Open alerts, newest first.</summary>
    public IReadOnlyList<JobAlert> OpenAlerts() =>
        db.JobAlerts.AsNoTracking().Where(a => a.ResolvedAt == null).ToList().OrderByDescending(a => a.CreatedAt).ToList();

    /// <summary>How many alerts are open (the menu's badge).</summary>
    public int OpenAlertCount() => db.JobAlerts.AsNoTracking().Count(a => a.ResolvedAt == null);

    /// <summary>How many refunds are unfinished (the menu's badge), from the counter shards.</summary>
    public long UnfinishedRefundCount()
    {
        string[] unfinished = [nameof(RefundStatus.Requested), nameof(RefundStatus.Processing)];
        return db.RefundTotals.AsNoTracking().Where(t => unfinished.Contains(t.Status)).Sum(t => t.Count);
    }

    /// <summary>One page of the audit log, newest first.</summary>
    public AuditPage Audit(int page)
    {
        page = Math.Clamp(page, 1, 100_000);
        var slice = db.JobAuditLog.AsNoTracking().OrderByDescending(a => a.Id)
            .Skip((page - 1) * AuditPageSize).Take(AuditPageSize + 1).ToList();
        return new AuditPage(slice.Take(AuditPageSize).ToList(), page, slice.Count > AuditPageSize);
    }

    /// <summary>The recurring jobs Hangfire knows, with their pauses.</summary>
    public IReadOnlyList<ScheduleView> Schedules()
    {
        var pauses = db.RecurringJobPauses.AsNoTracking().ToDictionary(p => p.JobId, StringComparer.Ordinal);
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs()
            .OrderBy(j => j.Id, StringComparer.Ordinal)
            .Select(j =>
            {
                pauses.TryGetValue(j.Id, out var pause);
                return new ScheduleView(j.Id, j.Cron, j.TimeZoneId, j.NextExecution, j.LastExecution, j.LastJobState, pause?.PausedAt, pause?.PausedBy);
            })
            .ToList();
    }

    /// <summary>Whether Hangfire has a recurring job <paramref name="id"/>.</summary>
    public bool IsRecurringJob(string id)
    {
        using var connection = storage.GetConnection();
        return connection.GetAllEntriesFromHash($"recurring-job:{id}") is { Count: > 0 };
    }

    private RefundBoardRow Row(Refund refund, DateTimeOffset now) =>
        new(refund.Id, refund.OrderId, refund.PartnerId, refund.Amount, refund.Currency, refund.Status.ToString(), refund.RequestedAt, refund.CompletedAt,
            ((refund.CompletedAt ?? now) - refund.RequestedAt).TotalDays, Promise(refund, now));

    private string Promise(Refund refund, DateTimeOffset now)
    {
        var age = (refund.CompletedAt ?? now) - refund.RequestedAt;
        return refund.Status == RefundStatus.Refunded
            ? age <= PromiseWatch.Promise ? "Kept" : "Late"
            : age > PromiseWatch.Promise ? "Overdue" : age >= options.Value.PromiseWarningAge ? "AtRisk" : "OnTrack";
    }

    /// <summary>The search as ids are stored (upper case, no spaces), or null when empty or too long.</summary>
    private static string? Normalize(string? search)
    {
        var text = search?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(text) || text.Length > MaxSearchLength ? null : text;
    }
}

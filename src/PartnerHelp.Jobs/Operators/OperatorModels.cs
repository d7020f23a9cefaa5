using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;

namespace PartnerHelp.Jobs.Operators;

/// <summary>The refunds board: counts and totals per state, and one page of refunds with their age against the 30-day promise.</summary>
public sealed record RefundBoard(IReadOnlyList<RefundBoardRow> Rows, IReadOnlyList<RefundTotal> Totals, IReadOnlyDictionary<string, int> CountByStatus)
{
    /// <summary>Which page of rows this is (1 = newest).</summary>
    public int Page { get; init; } = 1;

    /// <summary>Whether older refunds follow on the next page.</summary>
    public bool HasMore { get; init; }
}

/// <summary>One refund with its age and where it stands against the promise (Kept, Late, Overdue, AtRisk, OnTrack).</summary>
public sealed record RefundBoardRow(string RefundId, string OrderId, string PartnerId, decimal Amount, string Currency, string Status, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt, double AgeDays, string Promise);

/// <summary>The total of one currency in one state.</summary>
public sealed record RefundTotal(string Status, string Currency, int Count, decimal Amount);

/// <summary>One refund for the operator: its row, history, payout, recorded runs, alerts and the operators' actions on it.</summary>
public sealed record RefundDetail(
    RefundBoardRow Row,
    string? FailureReason,
    string? PayoutReference,
    IReadOnlyList<RefundTransition> Transitions,
    IReadOnlyList<JobAttempt> Runs,
    IReadOnlyList<JobAlert> Alerts,
    IReadOnlyList<JobAuditEntry> Actions,
    bool HasLiveJob);

/// <summary>One page of the operators' audit log, newest first.</summary>
public sealed record AuditPage(IReadOnlyList<JobAuditEntry> Entries, int Page, bool HasMore);

/// <summary>A recurring job with its pause: <see cref="PausedBy"/> is null while it runs.</summary>
public sealed record ScheduleView(string Id, string? Cron, string? TimeZone, DateTime? NextRun, DateTime? LastRun, string? LastState, DateTimeOffset? PausedAt, string? PausedBy);

using PartnerHelp.Infrastructure.Jobs;

namespace PartnerHelp.Jobs.Dashboard;

/// <summary>Everything the job detail page shows.</summary>
public sealed record JobDetailView(
    string Key,
    string Group,
    string Name,
    string? Description,
    string JobType,
    bool Durable,
    bool RequestsRecovery,
    IReadOnlyDictionary<string, string> Data,
    RefundSummary? Refund,
    IReadOnlyList<TriggerView> Triggers,
    IReadOnlyList<RunningView> Running,
    IReadOnlyList<JobAttempt> Attempts,
    IReadOnlyList<TimeSpan> RetrySchedule,
    int RetryAttemptsAllowed,
    IReadOnlyList<AuditView> Audit)
{
    /// <summary>Whether any trigger is paused.</summary>
    public bool Paused => Triggers.Any(t => t.State == "Paused");

    /// <summary>Whether this is a recurring job.</summary>
    public bool Recurring => Group == Scheduling.JobKeys.RecurringGroup;
}

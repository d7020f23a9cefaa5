namespace PartnerHelp.Jobs.Dashboard;

/// <summary>How many jobs are in each dashboard state.</summary>
public sealed record JobCounters(int Scheduled, int Running, int Retrying, int Succeeded, int Failed, int Recurring, int Paused)
{
    /// <summary>The count of one state.</summary>
    public int Of(JobListState state) => state switch
    {
        JobListState.Scheduled => Scheduled,
        JobListState.Running => Running,
        JobListState.Retrying => Retrying,
        JobListState.Succeeded => Succeeded,
        JobListState.Failed => Failed,
        JobListState.Recurring => Recurring,
        _ => Paused,
    };
}

/// <summary>One row of a job list.</summary>
public sealed record JobRow(string Key, string Group, string Name, string? Description, DateTimeOffset? At, TimeSpan? Duration, string? Node, int RetryAttempt, string? Message);

/// <summary>One page of a job list.</summary>
public sealed record JobPage(JobListState State, string? Search, int Page, int PageSize, IReadOnlyList<JobRow> Rows, bool HasMore);

/// <summary>Succeeded and failed runs in one interval.</summary>
public sealed record StatsPoint(DateTimeOffset Start, int Succeeded, int Failed);

/// <summary>A trigger of a job, as the detail page shows it.</summary>
public sealed record TriggerView(string Key, string State, string Type, DateTimeOffset? NextFire, DateTimeOffset? PreviousFire, int RetryAttempt, string? RetryPolicy, string? Cron, string? TimeZone);

/// <summary>A firing in progress.</summary>
public sealed record RunningView(string FireInstanceId, string JobKey, string Node, DateTimeOffset Started, int? Progress);

/// <summary>The refund a refund job works on.</summary>
public sealed record RefundSummary(string RefundId, string OrderId, string PartnerId, decimal Amount, string Currency, string Status, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt, string? FailureReason, string? PayoutReference);

/// <summary>A recurring job on the recurring page.</summary>
public sealed record RecurringView(string Key, string? Description, string Cron, string TimeZone, DateTimeOffset? NextFire, DateTimeOffset? LastFire, string? LastOutcome, bool Paused);

/// <summary>
/// A scheduler instance on the servers page: its own heartbeat row (<see cref="Health"/>: Alive, Silent, Stopped) and,
/// when clustered, what Quartz's cluster check-in says of it (<see cref="ClusterState"/>: Alive, Overdue, Failed, or
/// Gone once the cluster has taken its work over and dropped it; null when not clustered).
/// </summary>
public sealed record ServerView(
    string InstanceId, string HostName, int ProcessId, bool Clustered, int Workers, DateTimeOffset StartedAt, DateTimeOffset LastHeartbeat, DateTimeOffset? StoppedAt,
    string Health, IReadOnlyList<RunningView> Running, TimeSpan HeartbeatAge, string? ClusterState, DateTimeOffset? ClusterCheckIn);

/// <summary>One operator action on the audit log.</summary>
public sealed record AuditView(DateTimeOffset At, string Actor, string Action, string Target, string Outcome, string? Detail);

/// <summary>An open alert.</summary>
public sealed record AlertView(string Kind, string Subject, string? Detail, DateTimeOffset CreatedAt);

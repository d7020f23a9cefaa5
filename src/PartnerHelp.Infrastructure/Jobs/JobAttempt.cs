namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>
/// One run of a background job as the application saw it: the job engine's own history lives only as long as its
/// storage keeps the job (Hangfire.InMemory forgets it at a restart), so the full exception lives here. A row still <see cref="JobAttemptOutcomes.Running"/>
/// whose node stopped heart-beating was cut off by a crash.
/// </summary>
public sealed class JobAttempt
{
    public long Id { get; set; }

    public required string JobGroup { get; init; }

    public required string JobName { get; init; }

    public required string TriggerName { get; init; }

    public required string FireInstanceId { get; init; }

    public required string SchedulerInstanceId { get; init; }

    public int RetryAttempt { get; init; }

    public bool Recovering { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }

    public long? DurationMs { get; set; }

    public string Outcome { get; set; } = JobAttemptOutcomes.Running;

    public bool RetryScheduled { get; set; }

    public string? Summary { get; set; }

    public string? ExceptionType { get; set; }

    public string? ExceptionMessage { get; set; }

    public string? ExceptionDetail { get; set; }
}

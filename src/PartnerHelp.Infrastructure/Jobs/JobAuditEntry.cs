namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>An operator's action on the jobs dashboard: who did what to which job, and how it went.</summary>
public sealed class JobAuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; init; }

    public required string ActorId { get; init; }

    public required string ActorName { get; init; }

    public required string Action { get; init; }

    public required string Target { get; init; }

    public required string Outcome { get; init; }

    public string? Detail { get; init; }
}

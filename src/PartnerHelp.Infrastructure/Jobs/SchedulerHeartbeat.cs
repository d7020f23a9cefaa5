namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>
/// One scheduler instance's heartbeat. Quartz reports nodes only when clustered; these rows work on
/// every store, so the servers page can always say which node is alive and which went silent.
/// </summary>
public sealed class SchedulerHeartbeat
{
    public required string InstanceId { get; init; }

    public required string SchedulerName { get; init; }

    public required string HostName { get; init; }

    public int ProcessId { get; set; }

    public bool Clustered { get; set; }

    public int WorkerCount { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastHeartbeatAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }
}

namespace PartnerHelp.Jobs.Dashboard;

/// <summary>The job lists of the dashboard (Hangfire's states, on Quartz's trigger states and history).</summary>
public enum JobListState
{
    Scheduled,
    Running,
    Retrying,
    Succeeded,
    Failed,
    Recurring,
    Paused,
}

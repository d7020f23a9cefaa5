namespace PartnerHelp.Jobs.Dashboard;

/// <summary>Operator actions on the jobs dashboard (the audit log's action names).</summary>
public enum JobAction
{
    RetryNow,
    TriggerNow,
    Pause,
    Resume,
    Delete,
    Interrupt,
}

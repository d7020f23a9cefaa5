namespace PartnerHelp.Jobs.Dashboard;

/// <summary>How an operator action went.</summary>
public enum JobActionResult
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>No such job (or nothing running to interrupt).</summary>
    NotFound,

    /// <summary>The action does not apply to this job in its current state.</summary>
    NotApplicable,
}

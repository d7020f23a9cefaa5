namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>
/// A recurring job an operator paused: its runs are skipped until resumed. Hangfire has no pause of its own (issues
/// #173, #2289), and the in-memory storage forgets everything on restart, so the pause lives in the application database.
/// </summary>
public sealed class RecurringJobPause
{
    /// <summary>Longest recurring job id stored.</summary>
    public const int MaxJobIdLength = 100;

    /// <summary>The recurring job's id.</summary>
    public required string JobId { get; init; }

    /// <summary>When it was paused.</summary>
    public DateTimeOffset PausedAt { get; init; }

    /// <summary>Who paused it (user name).</summary>
    public required string PausedBy { get; init; }
}

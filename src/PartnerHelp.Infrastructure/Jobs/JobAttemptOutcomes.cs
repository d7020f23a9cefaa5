namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>Outcome values stored in <see cref="JobAttempt.Outcome"/>.</summary>
public static class JobAttemptOutcomes
{
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";
    public const string Cancelled = "Cancelled";
    public const string Skipped = "Skipped";
}

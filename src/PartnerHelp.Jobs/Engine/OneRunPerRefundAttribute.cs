namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// Marks a job method whose first argument is a refund id: at most one such run per refund at a time, on any node
/// (<see cref="RefundRunLockFilter"/>). A payment run and a status check of one refund never overlap.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class OneRunPerRefundAttribute : Attribute
{
    /// <summary>How long a run waits for the refund's lock before it fails (and is retried).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
}

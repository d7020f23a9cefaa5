using Hangfire.Common;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// What a Hangfire job is in PartnerHelp's terms: a refund's payment run, its status check, a recurring job, or
/// something else. Run records (<c>job_attempts</c>) and the dashboard's names use it.
/// </summary>
/// <param name="Group">refunds, refund-status, recurring or other.</param>
/// <param name="Name">The refund id, the recurring job id, or the method.</param>
/// <param name="OrderId">The order a refund job is for.</param>
public sealed record JobKind(string Group, string Name, string? OrderId = null)
{
    /// <summary>A refund's payment run (ProcessRefund).</summary>
    public const string RefundGroup = "refunds";

    /// <summary>A refund's status check (RefundStatusUpdate).</summary>
    public const string StatusGroup = "refund-status";

    /// <summary>A run of a recurring job.</summary>
    public const string RecurringGroup = "recurring";

    /// <summary>Anything else.</summary>
    public const string OtherGroup = "other";

    /// <summary>Reads <paramref name="job"/>; <paramref name="recurringJobId"/> is the job's <c>RecurringJobId</c> parameter when it has one.</summary>
    public static JobKind Of(Job? job, string? recurringJobId)
    {
        if (job is not null && (job.Type == typeof(ProcessRefundJob) || job.Type == typeof(RefundStatusJob)) && job.Args.Count >= 2)
        {
            return new JobKind(job.Type == typeof(ProcessRefundJob) ? RefundGroup : StatusGroup, job.Args[0] as string ?? "?", job.Args[1] as string);
        }

        return recurringJobId is { Length: > 0 }
            ? new JobKind(RecurringGroup, recurringJobId)
            : new JobKind(OtherGroup, job is null ? "?" : $"{job.Type.Name}.{job.Method.Name}");
    }

    /// <summary>Whether this is one of a refund's jobs.</summary>
    public bool IsRefund => Group is RefundGroup or StatusGroup;
}

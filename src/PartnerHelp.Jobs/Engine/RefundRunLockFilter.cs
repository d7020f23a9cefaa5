using System.Reflection;
using Hangfire.Common;
using Hangfire.Server;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// Holds the refund's lock (<see cref="IRefundRunLock"/>) around every run of a method marked
/// <see cref="OneRunPerRefundAttribute"/>. A run that cannot take it within the attribute's timeout fails and is
/// retried like any failure. Registered after the run recorder, so a refused run is still recorded.
/// </summary>
public sealed class RefundRunLockFilter(IRefundRunLock locks) : JobFilterAttribute, IServerFilter
{
    private const string ItemKey = "partnerhelp:refund-run-lock";

    /// <inheritdoc />
    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.BackgroundJob.Job is { } job && job.Method.IsDefined(typeof(OneRunPerRefundAttribute)) && job.Args is [string refundId, ..])
        {
            context.Items[ItemKey] = locks.Acquire(refundId, OneRunPerRefundAttribute.Timeout, context.CancellationToken.ShutdownToken);
        }
    }

    /// <inheritdoc />
    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.Remove(ItemKey, out var held))
        {
            ((IDisposable)held).Dispose();
        }
    }
}

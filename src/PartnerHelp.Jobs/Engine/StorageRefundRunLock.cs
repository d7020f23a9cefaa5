using System.Globalization;
using Hangfire;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// The refund lock as a Hangfire distributed lock on the job storage: in-process with Hangfire.InMemory, the single-node
/// default, where nothing cheaper is needed.
/// </summary>
public sealed class StorageRefundRunLock(JobStorage storage) : IRefundRunLock
{
    /// <summary>The lock's resource name for a refund.</summary>
    public const string Resource = "partnerhelp:refund:{0}";

    /// <inheritdoc />
    public IDisposable Acquire(string refundId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return StorageLocks.Acquire(storage, string.Format(CultureInfo.InvariantCulture, Resource, refundId), timeout);
    }
}

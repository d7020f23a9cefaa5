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
        var connection = storage.GetConnection();
        try
        {
            return new Held(connection, connection.AcquireDistributedLock(string.Format(System.Globalization.CultureInfo.InvariantCulture, Resource, refundId), timeout));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Held(IDisposable connection, IDisposable held) : IDisposable
    {
        public void Dispose()
        {
            held.Dispose();
            connection.Dispose();
        }
    }
}

namespace PartnerHelp.Jobs.Engine;

/// <summary>The lock that keeps a refund to one run at a time across every node (<see cref="OneRunPerRefundAttribute"/>).</summary>
public interface IRefundRunLock
{
    /// <summary>
    /// Holds the lock of <paramref name="refundId"/> until the result is disposed. Throws
    /// <see cref="Hangfire.Storage.DistributedLockTimeoutException"/> when another run holds it longer than
    /// <paramref name="timeout"/>, and <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/>
    /// fires first.
    /// </summary>
    IDisposable Acquire(string refundId, TimeSpan timeout, CancellationToken cancellationToken);
}

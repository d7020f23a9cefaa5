using Hangfire;
using Hangfire.Storage;

namespace PartnerHelp.Jobs.Engine;

/// <summary>Hangfire distributed locks on the job storage, each on a storage connection of its own.</summary>
internal static class StorageLocks
{
    /// <summary>
    /// Holds <paramref name="resource"/> until the result is disposed; throws <see cref="DistributedLockTimeoutException"/>
    /// when another holder keeps it longer than <paramref name="timeout"/>.
    /// </summary>
    public static IDisposable Acquire(JobStorage storage, string resource, TimeSpan timeout)
    {
        var connection = storage.GetConnection();
        try
        {
            return new Held(connection, connection.AcquireDistributedLock(resource, timeout));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Held(IStorageConnection connection, IDisposable held) : IDisposable
    {
        public void Dispose()
        {
            held.Dispose();
            connection.Dispose();
        }
    }
}

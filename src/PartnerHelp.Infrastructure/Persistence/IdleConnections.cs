using System.Collections.Concurrent;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>
/// Open SQLite connections with their statements prepared, kept for the next caller up to a limit; each is used by one
/// caller at a time. Microsoft.Data.Sqlite prepares a statement again for every new command, which cost more than the
/// reads themselves on the hot path that uses this (<c>PartnerOrderReads</c>). A caller rents a
/// connection, and returns it when its read succeeded or disposes it when the read failed.
/// </summary>
/// <typeparam name="T">A connection with its prepared commands.</typeparam>
internal sealed class IdleConnections<T>(Func<T> open, int maxIdle) : IDisposable
    where T : class, IDisposable
{
    // A queue, not a bag: ConcurrentBag.Count takes every thread's lock, which showed as contention in the pages' profile.
    private readonly ConcurrentQueue<T> _idle = new();

    /// <summary>An idle connection, or a new one.</summary>
    public T Rent() => _idle.TryDequeue(out var idle) ? idle : open();

    /// <summary>Keeps <paramref name="connection"/> for the next caller, or disposes it when enough are idle already.</summary>
    public void Return(T connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (_idle.Count < maxIdle)
        {
            _idle.Enqueue(connection);
        }
        else
        {
            connection.Dispose();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        while (_idle.TryDequeue(out var connection))
        {
            connection.Dispose();
        }
    }
}

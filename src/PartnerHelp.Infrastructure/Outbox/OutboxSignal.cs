namespace PartnerHelp.Infrastructure.Outbox;

/// <summary>
/// Tells this node's outbox dispatcher that a commit added outbox rows, so a cancellation's refund job is created
/// at once instead of at the next poll. Rows committed on other nodes, or before a crash, still wait for the poll.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes when <see cref="Raise"/> is next called. Read it before looking at the outbox: a commit that lands
    /// while the dispatcher is busy then wakes the following wait instead of being missed.
    /// </summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Wakes whoever waits on <see cref="Next"/>.</summary>
    public void Raise() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}

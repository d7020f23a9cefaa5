using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Testing;

namespace PartnerHelp.Jobs.Tests;

/// <summary>
/// The bed's fake clock, which also counts the timers the code under test starts on it (the payment timeout, the
/// simulator's latencies: <c>Task.Delay</c> and <c>CancellationTokenSource</c> on the <see cref="TimeProvider"/>). A test
/// advances it once the code waits on such a timer; advanced earlier, the time would pass before the timer exists.
/// </summary>
internal sealed class JobsClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _timers;

    /// <summary>How many timers have been started on this clock.</summary>
    public int TimersStarted => Volatile.Read(ref _timers);

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _timers);
        return timer;
    }

    /// <summary>Advances by <paramref name="by"/> once <paramref name="timers"/> timers in all have been started.</summary>
    public async Task AdvanceWhenWaitingAsync(int timers, TimeSpan by)
    {
        await Eventually.MatchesAsync($"{timers} timers started on the bed's clock", () => TimersStarted, started => started >= timers, TimeSpan.FromSeconds(30));
        Advance(by);
    }
}

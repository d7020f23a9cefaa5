using System.Diagnostics;
using Hangfire;
using Hangfire.Server;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Load;

/// <summary>
/// The jobs of <see cref="HangfireNoOp"/>: they do nothing but note when they ran, so a batch is timed from the first
/// one's start to the last one's end (the jobs' own clock, as refunds are timed by their own timestamps).
/// </summary>
public sealed class NoOpJob
{
    private static int _done;
    private static long _firstStart = long.MaxValue;
    private static long _lastEnd;

    /// <summary>How many jobs have run since <see cref="Reset"/>.</summary>
    public static int Done => Volatile.Read(ref _done);

    /// <summary>From the first run's start to the last run's end since <see cref="Reset"/>.</summary>
    public static TimeSpan Window => Stopwatch.GetElapsedTime(Volatile.Read(ref _firstStart), Volatile.Read(ref _lastEnd));

    /// <summary>Starts a new batch.</summary>
    public static void Reset()
    {
        Volatile.Write(ref _done, 0);
        Volatile.Write(ref _firstStart, long.MaxValue);
        Volatile.Write(ref _lastEnd, 0);
    }

    /// <summary>A job that does nothing.</summary>
    public void Run() => Record();

    /// <summary>
    /// A job that does nothing, with ProcessRefund's shape: its queue, its per-refund lock, its arguments (the refund,
    /// the order, the culture, the perform context and a cancellation token) and a text result.
    /// </summary>
    [Queue(JobQueues.Refunds)]
    [OneRunPerRefund]
    public Task<string> RefundShapedAsync(string refundId, string orderId, string? culture, PerformContext? context, CancellationToken cancellationToken)
    {
        Record();
        return Task.FromResult(refundId);
    }

    private static void Record()
    {
        var now = Stopwatch.GetTimestamp();
        long seen;
        while (now < (seen = Volatile.Read(ref _firstStart)) && Interlocked.CompareExchange(ref _firstStart, now, seen) != seen)
        {
        }

        while (now > (seen = Volatile.Read(ref _lastEnd)) && Interlocked.CompareExchange(ref _lastEnd, now, seen) != seen)
        {
        }

        Interlocked.Increment(ref _done);
    }
}

using Hangfire.Server;
using Microsoft.Extensions.Options;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// A tiny process inside this node's Hangfire server that notes the time on every beat: the health check reads it, so
/// <c>/healthz</c> knows this node's own job server is running without asking the storage on every probe.
/// </summary>
public sealed class ServerPulse(IOptions<JobsOptions> options, TimeProvider time) : IBackgroundProcess
{
    private long _lastBeatTicks;

    /// <summary>This node's Hangfire server id, once it has started.</summary>
    public string? ServerId { get; private set; }

    /// <summary>When the server last beat, or null before it started.</summary>
    public DateTimeOffset? LastBeat => Interlocked.Read(ref _lastBeatTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Whether the server has beaten within two heartbeat intervals.</summary>
    public bool IsAlive => LastBeat is { } beat && time.GetUtcNow() - beat <= 2 * Interval;

    private TimeSpan Interval => options.Value.ServerHeartbeatInterval;

    /// <inheritdoc />
    public void Execute(BackgroundProcessContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ServerId = context.ServerId;
        Interlocked.Exchange(ref _lastBeatTicks, time.GetUtcNow().UtcTicks);
        context.Wait(Interval);
    }
}

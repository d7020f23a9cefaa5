using Microsoft.Extensions.Options;

namespace PartnerHelp.Web.Hosting;

/// <summary>
/// Returns the free pages of glibc's arenas to the system every <see cref="NativeHeapOptions.TrimInterval"/>. The JIT
/// compiles thousands of methods in a site's first minutes, each in scratch memory it frees at once; glibc keeps those
/// pages in the arena of the thread that freed them, so without trimming they stay in the working set for good.
/// </summary>
internal sealed partial class NativeHeapTrimmer(IOptions<NativeHeapOptions> options, TimeProvider time, ILogger<NativeHeapTrimmer> logger)
    : BackgroundService
{
    /// <summary>Trims now; what each tick does. Exposed for tests.</summary>
    internal Func<bool> Trim { get; init; } = NativeHeap.Trim;

    private PeriodicTimer? _timer;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // The timer starts with the host, not when ExecuteAsync gets a thread (it runs on the thread pool since .NET 10).
        var interval = options.Value.TrimInterval;
        _timer = interval > TimeSpan.Zero && NativeHeap.IsGlibc ? new PeriodicTimer(interval, time) : null;
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_timer is null)
        {
            return;
        }

        try
        {
            while (await _timer.WaitForNextTickAsync(stoppingToken))
            {
                LogTrimmed(Trim());
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Trace, Message = "Native heap trimmed; pages returned: {Returned}")]
    private partial void LogTrimmed(bool returned);
}

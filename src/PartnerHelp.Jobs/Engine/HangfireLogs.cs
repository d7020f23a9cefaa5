using Hangfire.Logging;
using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// Hangfire's log output, into the host's logging. Hangfire keeps one log provider for the whole process and its
/// classes create loggers at any time; its own ASP.NET Core provider holds the first host's logger factory and throws
/// once that host is disposed (seen in test runs that start many sites in one process). This provider resolves the
/// factory of the latest live host on every use and drops messages when there is none.
/// </summary>
public sealed class HangfireLogs : ILogProvider, IDisposable
{
    private static readonly HangfireLogs Shared = new(null);
    private static ILoggerFactory? _current;

    private readonly ILoggerFactory? _factory;

    private HangfireLogs(ILoggerFactory? factory) => _factory = factory;

    /// <summary>The process-wide provider to hand to Hangfire.</summary>
    public static ILogProvider Provider => Shared;

    /// <summary>Makes <paramref name="factory"/> the one Hangfire logs to until the returned registration is disposed (with its host).</summary>
    public static IDisposable Attach(ILoggerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Volatile.Write(ref _current, factory);
        return new HangfireLogs(factory);
    }

    /// <inheritdoc />
    public ILog GetLogger(string name) => new Forwarder(name);

    /// <summary>Detaches this registration's factory, unless a later host attached its own since.</summary>
    public void Dispose()
    {
        if (_factory is not null)
        {
            Interlocked.CompareExchange(ref _current, null, _factory);
        }
    }

    private sealed class Forwarder(string name) : ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (Volatile.Read(ref _current) is not { } factory)
            {
                return false;
            }

            try
            {
                var logger = factory.CreateLogger(name);
                var level = logLevel switch
                {
                    HangfireLevel.Trace => LogLevel.Trace,
                    HangfireLevel.Debug => LogLevel.Debug,
                    HangfireLevel.Info => LogLevel.Information,
                    HangfireLevel.Warn => LogLevel.Warning,
                    HangfireLevel.Error => LogLevel.Error,
                    _ => LogLevel.Critical,
                };
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level);
                }

#pragma warning disable CA2254 // Hangfire hands over finished messages, not templates.
                logger.Log(level, exception, messageFunc());
#pragma warning restore CA2254
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false; // the host went away between the read and the write
            }
        }
    }
}

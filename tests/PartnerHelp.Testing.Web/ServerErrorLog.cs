using System.Globalization;
using Microsoft.Extensions.Logging;

namespace PartnerHelp.Testing;

/// <summary>
/// Appends every error the in-process sites log (with its exception) to artifacts/test-results/server-errors.log, so a
/// test that only sees "answered 500" can be diagnosed from the run's artifacts. Some suites cause errors on purpose
/// (injected faults), so an entry is evidence to read next to a failure, not a failure itself.
/// </summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private static readonly Lock Gate = new();
    private static readonly string File = RepoPaths.Combine("artifacts", "test-results", "server-errors.log");

    public ILogger CreateLogger(string categoryName) => new Writer(categoryName);

    public void Dispose()
    {
    }

    private sealed class Writer(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var entry = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:O} {logLevel} {category}: {formatter(state, exception)}{Environment.NewLine}{exception}{Environment.NewLine}");
            lock (Gate)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(File)!);
                System.IO.File.AppendAllText(File, entry);
            }
        }
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// Hangfire's server as the host stops it, with one difference: when the host's shutdown timeout runs out before the
/// server has stopped (its storage has gone away and every call to it hangs or fails), Hangfire's hosted service throws
/// <see cref="OperationCanceledException"/>; .NET 10's host rethrows that from <c>app.Run()</c>, and the process died
/// with SIGABRT (exit 134) instead of exiting. Here the stop gives up with a warning and the host finishes. Nothing is
/// lost: a run cut off is run again (the sweep after a restart on the in-memory storage, the invisibility timeout on
/// PostgreSQL) and pays once.
/// </summary>
internal sealed class JobServerShutdown(IHostedService server, ILogger<JobServerShutdown> logger) : IHostedService, IDisposable
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => server.StartAsync(cancellationToken);

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await server.StopAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The job server had not stopped when the host's shutdown timeout ran out (is the job storage reachable?); its unfinished runs will run again");
        }
    }

    /// <inheritdoc />
    public void Dispose() => (server as IDisposable)?.Dispose();
}

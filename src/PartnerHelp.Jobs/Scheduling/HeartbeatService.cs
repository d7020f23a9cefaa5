using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using Quartz;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>Writes this scheduler instance's heartbeat row; marks it stopped on a graceful shutdown.</summary>
public sealed class HeartbeatService(
    IServiceScopeFactory scopes,
    ISchedulerFactory schedulers,
    IOptions<JobsOptions> options,
    TimeProvider time,
    ILogger<HeartbeatService> logger) : BackgroundService
{
    private string? _instanceId;
    private bool _registered;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var scheduler = await schedulers.GetScheduler(stoppingToken);
                _instanceId = scheduler.SchedulerInstanceId;
                await BeatAsync(scheduler, started, null, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not write the scheduler heartbeat");
            }

            await Task.Delay(options.Value.HeartbeatInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_instanceId is null)
        {
            return;
        }

        // Best effort: a node that cannot record its stop looks like one whose heartbeat aged out, as
        // after a crash. Shutdown itself must never fail on it.
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
            if (await db.SchedulerHeartbeats.FindAsync([_instanceId], cancellationToken) is { } row)
            {
                row.StoppedAt = time.GetUtcNow();
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (ObjectDisposedException)
        {
            // The host is already being torn down (its services, logging included, are gone).
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or OperationCanceledException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Could not record that scheduler {InstanceId} stopped", _instanceId);
        }
    }

    private async Task BeatAsync(IScheduler scheduler, DateTimeOffset started, DateTimeOffset? stopped, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        var row = await db.SchedulerHeartbeats.SingleOrDefaultAsync(h => h.InstanceId == scheduler.SchedulerInstanceId, cancellationToken);
        if (row is null)
        {
            row = new SchedulerHeartbeat { InstanceId = scheduler.SchedulerInstanceId, SchedulerName = scheduler.SchedulerName, HostName = Environment.MachineName, StartedAt = started };
            db.SchedulerHeartbeats.Add(row);
        }

        if (!_registered)
        {
            // A single-node store reuses its instance id across restarts: this process starts the row afresh.
            row.StartedAt = started;
            _registered = true;
        }

        row.ProcessId = Environment.ProcessId;
        row.Clustered = options.Value.Clustered;
        row.WorkerCount = options.Value.MaxConcurrency;
        row.LastHeartbeatAt = time.GetUtcNow();
        row.StoppedAt = stopped;
        await db.SaveChangesAsync(cancellationToken);
        Debug.Assert(row.InstanceId.Length > 0, "Quartz gives every scheduler an instance id");
    }
}

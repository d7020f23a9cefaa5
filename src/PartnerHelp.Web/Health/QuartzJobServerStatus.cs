using Microsoft.Extensions.Options;
using PartnerHelp.Jobs;
using Quartz;

namespace PartnerHelp.Web.Health;

/// <summary>The Quartz scheduler of this node: up while it is running (started, not on standby, not shutting down).</summary>
public sealed class QuartzJobServerStatus(ISchedulerFactory schedulers, IOptions<JobsOptions> options) : IJobServerStatus
{
    /// <inheritdoc />
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return null;
        }

        // Only look: GetScheduler would create a scheduler that the hosted service has not started yet.
        foreach (var scheduler in await schedulers.GetAllSchedulers(cancellationToken))
        {
            if (scheduler.SchedulerName == JobsServiceCollectionExtensions.SchedulerName)
            {
                var status = await scheduler.GetStatus(cancellationToken);
                return status == SchedulerStatus.Running ? null : $"The job scheduler is {status}.";
            }
        }

        return "The job scheduler has not started.";
    }
}

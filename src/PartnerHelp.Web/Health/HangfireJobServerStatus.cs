using Microsoft.Extensions.Options;
using PartnerHelp.Jobs;
using PartnerHelp.Jobs.Engine;

namespace PartnerHelp.Web.Health;

/// <summary>This node's Hangfire server: up while it beats (<see cref="ServerPulse"/>), without asking the storage.</summary>
public sealed class HangfireJobServerStatus(IOptions<JobsOptions> options, IServiceProvider services) : IJobServerStatus
{
    /// <inheritdoc />
    public Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.FromResult<string?>(null);
        }

        var pulse = services.GetRequiredService<ServerPulse>();
        return Task.FromResult(pulse.IsAlive ? null : pulse.LastBeat is null ? "The job server has not started." : "The job server stopped beating.");
    }
}

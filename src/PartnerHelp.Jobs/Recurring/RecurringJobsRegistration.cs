using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>Registers the recurring jobs when the node starts (every node: the registration is idempotent and picks up changed crons).</summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager manager, IOptions<JobsOptions> options) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        RecurringJobs.Register(manager, options.Value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

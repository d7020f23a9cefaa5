using Hangfire.Client;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Jobs.Recurring;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// Skips the runs of a paused recurring job: Hangfire asks the client filters before it creates a run, and a cancelled
/// creation is passed over (the job's next run is still computed, so resuming needs no catching up).
/// </summary>
public sealed class RecurringPauseFilter(IServiceScopeFactory scopes) : JobFilterAttribute, IClientFilter
{
    /// <inheritdoc />
    public void OnCreating(CreatingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Parameters.TryGetValue("RecurringJobId", out var value) && value is string id)
        {
            using var scope = scopes.CreateScope();
            context.Canceled = scope.ServiceProvider.GetRequiredService<RecurringPauses>().IsPaused(id);
        }
    }

    /// <inheritdoc />
    public void OnCreated(CreatedContext context)
    {
    }
}

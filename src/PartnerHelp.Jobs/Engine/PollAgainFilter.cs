using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Options;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// Keeps a refund's status check going: a check that found the payout unsettled is scheduled again after
/// <see cref="JobsOptions.StatusPollInterval"/> instead of succeeding, until a check finds it settled (or the refund
/// no longer processing).
/// </summary>
public sealed class PollAgainFilter(IOptions<JobsOptions> options) : JobFilterAttribute, IElectStateFilter
{
    /// <summary>The reason written on the job's history for each wait.</summary>
    public const string Reason = "Payout not settled yet: next check scheduled";

    /// <inheritdoc />
    public void OnStateElection(ElectStateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CandidateState is SucceededState { Result: StatusCheck { Done: false } })
        {
            context.CandidateState = new ScheduledState(options.Value.StatusPollInterval) { Reason = Reason };
        }
    }
}

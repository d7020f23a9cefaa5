using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Jobs.Operators;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// Makes Hangfire's own Requeue refund-aware. Only a manual requeue moves a job from Failed, Succeeded or Deleted to
/// Enqueued (retries go through Scheduled). For a refund's job that goes through <see cref="RefundRetries"/>: a Failed
/// refund is sent back to Processing by the state machine, with the operator's name, and its job gets a full set of
/// retries again; a refund already refunded is not run again (the job is deleted with the reason); an unfinished one
/// simply resumes.
/// </summary>
public sealed class RefundRequeueFilter(IServiceScopeFactory scopes, IJobOperator actor) : JobFilterAttribute, IElectStateFilter
{
    /// <summary>The reason given when a requeue of a refunded refund's job is refused.</summary>
    public const string RefusedReason = "Refund already refunded: nothing to run again";

    private static readonly HashSet<string> ManualRequeueFrom = new([FailedState.StateName, SucceededState.StateName, DeletedState.StateName], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public void OnStateElection(ElectStateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CandidateState is not EnqueuedState
            || !ManualRequeueFrom.Contains(context.CurrentState)
            || JobKind.Of(context.BackgroundJob.Job, null) is not { IsRefund: true } kind)
        {
            return;
        }

        var who = actor.Current?.Name ?? "dashboard";
        using var scope = scopes.CreateScope();
        var retries = scope.ServiceProvider.GetRequiredService<RefundRetries>();

        // Synchronous: election filters are. This runs in the operator's request, not on a worker.
        var result = retries.RetryAsync(kind.Name, who, enqueue: false, CancellationToken.None).GetAwaiter().GetResult();
        switch (result)
        {
            case RefundRetryResult.AlreadyRefunded or RefundRetryResult.NotFound:
                context.CandidateState = new DeletedState { Reason = RefusedReason };
                break;
            case RefundRetryResult.Retried:
                context.SetJobParameter("RetryCount", 0);
                break;
        }
    }
}

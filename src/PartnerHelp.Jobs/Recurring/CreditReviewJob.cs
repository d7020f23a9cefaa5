using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>Recurring: moves credit requests through review to a decision (see <see cref="CreditReviews"/>).</summary>
[DisallowConcurrentExecution]
public sealed class CreditReviewJob(IServiceScopeFactory scopes) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var moved = await scope.ServiceProvider.GetRequiredService<CreditReviews>().RunAsync(cancellationToken);
        context.Result = moved == 0 ? JobRunReport.Skipped("no credit request due") : JobRunReport.Succeeded($"{moved} credit requests moved").With("moved", moved);
    }
}

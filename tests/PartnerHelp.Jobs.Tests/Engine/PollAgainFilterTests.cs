using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Scheduling;
using PartnerHelp.Testing;

namespace PartnerHelp.Jobs.Tests.Engine;

/// <summary>A refund's status check is one Hangfire job that keeps coming back until the payout settles.</summary>
public sealed class PollAgainFilterTests
{
    [Fact]
    public async Task StatusCheck_IsScheduledAgain_UntilThePayoutSettles_ThenSucceeds()
    {
        await using var bed = await JobsTestBed.CreateAsync(new() { ["Jobs:StatusPollInterval"] = "00:00:01" });
        var refundId = await bed.CancelledOrderAsync("CT-7101");
        await bed.InScopeAsync(s => s.GetRequiredService<PartnerHelp.Jobs.Refunds.RefundPayments>().PayAsync(refundId, "en", lastAttempt: false, run: null, CancellationToken.None));
        using var server = bed.StartServer();

        var jobId = bed.Client.Enqueue<RefundStatusJob>(job => job.RunAsync(refundId, "CT-7101", "en", CancellationToken.None));

        // The payout settles an hour after it was paid on the bed's clock: until then every check finds it pending.
        await WaitForRunsAsync(bed, jobId, 2);
        Assert.Equal((ScheduledState.StateName, PollAgainFilter.Reason), bed.StateOf(jobId));

        bed.Clock.Advance(TimeSpan.FromHours(2));
        await bed.WaitForStateAsync(jobId, SucceededState.StateName);

        await using var scope = bed.Scope();
        var refund = await scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>().Refunds.AsNoTracking().SingleAsync(r => r.Id == refundId);
        Assert.Equal(RefundStatus.Refunded, refund.Status);
    }

    private static async Task WaitForRunsAsync(JobsTestBed bed, string jobId, int runs)
    {
        await Eventually.MatchesAsync(
            $"{runs} finished runs of job {jobId}",
            () => bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().JobAttempts.CountAsync(a => a.TriggerName == jobId && a.FinishedAt != null)),
            finished => finished >= runs,
            TimeSpan.FromSeconds(30));

        // The re-schedule is applied just after the run's record is finished.
        await bed.WaitForStateAsync(jobId, ScheduledState.StateName);
    }
}

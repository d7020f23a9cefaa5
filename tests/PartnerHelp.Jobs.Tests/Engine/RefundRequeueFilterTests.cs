using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Payments;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Jobs.Tests.Engine;

/// <summary>Hangfire's own Requeue on a refund's job goes through the refund's state machine, never around it.</summary>
public sealed class RefundRequeueFilterTests
{
    [Fact]
    public async Task Requeue_SendsAParkedRefundBackToProcessing_ClosesItsAlert_AndPaysItOnce()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-7201");
        bed.Faults.Enqueue(PaymentFault.Declined);
        using var server = bed.StartServer();
        var jobId = bed.Client.Enqueue<ProcessRefundJob>(job => job.RunAsync(refundId, "CT-7201", "en", null, CancellationToken.None));
        await bed.WaitForStateAsync(jobId, FailedState.StateName);
        Assert.Equal(RefundStatus.Failed, (await RefundAsync(bed, refundId)).Status);
        Assert.Equal(1, await OpenAlertsAsync(bed, refundId));

        Assert.True(bed.Client.ChangeState(jobId, new EnqueuedState(), FailedState.StateName));
        await bed.WaitForStateAsync(jobId, SucceededState.StateName);

        var refund = await RefundAsync(bed, refundId);
        Assert.Equal(RefundStatus.Processing, refund.Status);
        Assert.Contains(refund.Transitions, t => t.From == RefundStatus.Failed && t.To == RefundStatus.Processing && t.Detail == "operator retry");
        Assert.Equal(0, await OpenAlertsAsync(bed, refundId));
        Assert.Equal(1, await bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().PayoutLedger.CountAsync(p => p.RefundId == refundId)));
    }

    [Fact]
    public async Task Requeue_IsRefusedAndTheJobDeleted_WhenTheRefundIsRefunded()
    {
        await using var bed = await JobsTestBed.CreateAsync(new() { ["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:00" });
        var refundId = await bed.CancelledOrderAsync("CT-7202");
        using var server = bed.StartServer();
        var jobId = bed.Client.Enqueue<ProcessRefundJob>(job => job.RunAsync(refundId, "CT-7202", "en", null, CancellationToken.None));
        await bed.WaitForStateAsync(jobId, SucceededState.StateName);
        Assert.Equal(RefundStatus.Refunded, (await RefundAsync(bed, refundId)).Status);

        bed.Client.ChangeState(jobId, new EnqueuedState(), SucceededState.StateName);

        Assert.Equal((DeletedState.StateName, RefundRequeueFilter.RefusedReason), bed.StateOf(jobId));
        Assert.Equal(RefundStatus.Refunded, (await RefundAsync(bed, refundId)).Status);
    }

    private static Task<Refund> RefundAsync(JobsTestBed bed, string refundId) =>
        bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().Refunds.AsNoTracking().Include(r => r.Transitions).SingleAsync(r => r.Id == refundId));

    private static Task<int> OpenAlertsAsync(JobsTestBed bed, string refundId) =>
        bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().JobAlerts.CountAsync(a => a.Subject == refundId && a.Kind == JobAlertKinds.RefundFailed && a.ResolvedAt == null));
}

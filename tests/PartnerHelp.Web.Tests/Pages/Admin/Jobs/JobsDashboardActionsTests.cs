using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Payments;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Jobs;

namespace PartnerHelp.Web.Tests.Pages.Admin.Jobs;

/// <summary>
/// What operators do on the dashboard — Hangfire's buttons and PartnerHelp's — each through the real pipeline, each on
/// the audit log, and none able to pay a refund twice.
/// </summary>
public sealed class JobsDashboardActionsTests
{
    [Fact]
    public async Task TriggerRecurring_RunsTheJobNow_AndIsAudited()
    {
        await using var factory = JobsSite.Create();
        using var ops = await DashboardClient.SignInAsync(factory);

        using var response = await ops.PostJobsAsync("/admin/jobs/recurring/trigger", "reconciliation");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await JobsSite.WaitForAsync(factory, db => db.JobAttempts.AnyAsync(a => a.JobGroup == "recurring" && a.JobName == "reconciliation" && a.Outcome == JobAttemptOutcomes.Succeeded), "the reconciliation run");
        await AssertAuditedAsync(factory, "TriggerRecurring", "reconciliation", "Done");
    }

    [Fact]
    public async Task PauseThenResume_SkipsTheJobsRunsMeanwhile_AndIsAudited()
    {
        await using var factory = JobsSite.Create();
        using var ops = await DashboardClient.SignInAsync(factory);

        Assert.Equal(HttpStatusCode.NoContent, (await ops.PostAsync("/admin/jobs/schedules/window-notices/pause")).StatusCode);
        Assert.Contains("Paused by ops@partnerhelp.example", await ops.PageAsync("/admin/jobs/schedules"), StringComparison.Ordinal);
        await ops.PostJobsAsync("/admin/jobs/recurring/trigger", "window-notices");
        Assert.Equal(HttpStatusCode.NoContent, (await ops.PostAsync("/admin/jobs/schedules/window-notices/pause")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await ops.PostAsync("/admin/jobs/schedules/window-notices/resume")).StatusCode);
        await ops.PostJobsAsync("/admin/jobs/recurring/trigger", "window-notices");

        await JobsSite.WaitForAsync(factory, db => db.JobAttempts.AnyAsync(a => a.JobName == "window-notices"), "the run after resuming");
        Assert.Equal(1, await CountAsync(factory, db => db.JobAttempts.CountAsync(a => a.JobName == "window-notices")));
        await AssertAuditedAsync(factory, "PauseRecurring", "window-notices", "Done");
        await AssertAuditedAsync(factory, "PauseRecurring", "window-notices", "AlreadyPaused");
        await AssertAuditedAsync(factory, "ResumeRecurring", "window-notices", "Done");
        Assert.DoesNotContain("Paused by", await ops.PageAsync("/admin/jobs/schedules"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/jobs/schedules/no-such-job/pause")]
    [InlineData("/admin/jobs/refunds/RF-NO-SUCH/retry")]
    public async Task Command_ChangesNothing_WhenItsSubjectDoesNotExist(string path)
    {
        await using var factory = JobsSite.Create();
        using var ops = await DashboardClient.SignInAsync(factory);

        using var response = await ops.PostAsync(path);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(0, await CountAsync(factory, db => db.JobAuditLog.CountAsync()));
        Assert.Equal(0, await CountAsync(factory, db => db.RecurringJobPauses.CountAsync()));
    }

    [Fact]
    public async Task RetryRefund_SendsADeclinedRefundBackThroughItsStateMachine_AndPaysItOnce()
    {
        await using var factory = JobsSite.Create();
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        using var ops = await DashboardClient.SignInAsync(factory);
        factory.Services.GetRequiredService<PaymentFaultPlan>().Enqueue(PaymentFault.Declined);
        await JobsSite.CancelAsync(factory, "CT-1001");
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Failed");
        Assert.Contains("Pay refund RF-CT-1001 (order CT-1001)", await ops.PageAsync("/admin/jobs/jobs/failed"), StringComparison.Ordinal);
        Assert.Contains("RF-CT-1001", await ops.PageAsync("/admin/jobs/alerts"), StringComparison.Ordinal);
        Assert.Contains("data-ajax=\"/admin/jobs/refunds/RF-CT-1001/retry\"", await ops.PageAsync("/admin/jobs/refunds/RF-CT-1001"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await ops.PostAsync("/admin/jobs/refunds/RF-CT-1001/retry")).StatusCode);

        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
        await AssertAuditedAsync(factory, "RetryRefund", "RF-CT-1001", "Retried");
        Assert.Equal(0, await CountAsync(factory, db => db.JobAlerts.CountAsync(a => a.Kind == JobAlertKinds.RefundFailed && a.ResolvedAt == null)));
        var transitions = await RefundAsync(factory, "RF-CT-1001");
        Assert.Contains(transitions.Transitions, t => t.From == RefundStatus.Failed && t.Actor == "ops@partnerhelp.example");

        // A second retry of the refunded refund changes nothing and says so.
        Assert.Equal(HttpStatusCode.NoContent, (await ops.PostAsync("/admin/jobs/refunds/RF-CT-1001/retry")).StatusCode);
        await AssertAuditedAsync(factory, "RetryRefund", "RF-CT-1001", "AlreadyRefunded");
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
    }

    [Fact]
    public async Task HangfiresRequeue_OfAFailedRefundJob_GoesThroughTheRefundsStateMachine()
    {
        await using var factory = JobsSite.Create();
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        using var ops = await DashboardClient.SignInAsync(factory);
        factory.Services.GetRequiredService<PaymentFaultPlan>().Enqueue(PaymentFault.Declined);
        await JobsSite.CancelAsync(factory, "CT-1001");
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Failed");
        var jobId = (await DashboardClient.JobIdsAsync(factory, "RF-CT-1001"))[0];

        Assert.Equal(HttpStatusCode.NoContent, (await ops.PostJobsAsync("/admin/jobs/jobs/failed/requeue", jobId)).StatusCode);

        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
        await AssertAuditedAsync(factory, "Requeue", "RF-CT-1001", "Done");
        var refund = await RefundAsync(factory, "RF-CT-1001");
        Assert.Contains(refund.Transitions, t => t.From == RefundStatus.Failed && t.To == RefundStatus.Processing && t.Actor == "ops@partnerhelp.example");
    }

    [Fact]
    public async Task DeletingARunningPayment_CancelsIt_AndTheSweepFinishesTheRefundOnce()
    {
        // The first call to the processor is slow (it would write its payout half-way through 60 s), long enough to
        // delete the run; the sweep then gives the unfinished refund a new run, which pays it.
        await using var factory = JobsSite.Create(s =>
        {
            s["Jobs:PaymentSimulator:SlowLatency"] = "00:01:00";
            s["Jobs:SweepInterval"] = "00:00:01";
        });
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        using var ops = await DashboardClient.SignInAsync(factory);
        factory.Services.GetRequiredService<PaymentFaultPlan>().Enqueue(PaymentFault.Slow);
        await JobsSite.CancelAsync(factory, "CT-1001");
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Processing");
        var jobId = (await DashboardClient.JobIdsAsync(factory, "RF-CT-1001"))[0];
        Assert.Contains("Pay refund RF-CT-1001", await ops.PageAsync("/admin/jobs/jobs/processing"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await ops.PostJobsAsync("/admin/jobs/jobs/processing/delete", jobId)).StatusCode);

        await JobsSite.WaitForAsync(factory, db => db.JobAttempts.AnyAsync(a => a.TriggerName == jobId && a.Outcome == JobAttemptOutcomes.Cancelled), "the cancelled run");
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded", TimeSpan.FromSeconds(60));
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
        await AssertAuditedAsync(factory, "Delete", "RF-CT-1001", "Done");
    }

    private static async Task AssertAuditedAsync(PartnerHelpFactory factory, string action, string target, string outcome)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>().JobAuditLog.AsNoTracking().ToListAsync();
        Assert.Contains(entries, e => e.Action == action && e.Target == target && e.Outcome == outcome && e.ActorName == "ops@partnerhelp.example");
    }

    private static async Task<int> CountAsync(PartnerHelpFactory factory, Func<PartnerHelpDbContext, Task<int>> count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>());
    }

    private static async Task<Refund> RefundAsync(PartnerHelpFactory factory, string refundId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>().Refunds.AsNoTracking().Include(r => r.Transitions).SingleAsync(r => r.Id == refundId);
    }
}

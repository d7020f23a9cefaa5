using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Scheduling;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Jobs;

/// <summary>Which job completes a refund on the real site: the payment job when the payout settles at once, else the status poll.</summary>
public sealed class ProcessRefundJobTests
{
    [Fact]
    public async Task Execute_CompletesRefundWithoutStatusPoll_WhenProcessorAnswersSettled()
    {
        await using var factory = JobsSite.Create(s => s["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:00");
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");

        await JobsSite.CancelAsync(factory, "CT-1001");
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");

        var (payment, status) = await AttemptsAsync(factory, "RF-CT-1001");
        Assert.Equal(["Succeeded"], payment);
        Assert.Empty(status);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // The run's record was stored by the refund's own commits: started with Processing, finished with Refunded.
            var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
            var refund = await db.Refunds.AsNoTracking().SingleAsync(r => r.Id == "RF-CT-1001");
            var run = await db.JobAttempts.AsNoTracking().SingleAsync(a => a.JobGroup == JobKind.RefundGroup && a.JobName == "RF-CT-1001");
            Assert.Equal(refund.CompletedAt, run.FinishedAt);
        }

        Assert.DoesNotContain("RF-CT-1001", factory.Services.GetRequiredService<RefundJobs>().RefundsWithLiveJobs());
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
        Assert.Equal(1, await NotificationsAsync(factory, "RF-CT-1001"));
        Assert.Single(Directory.GetFiles(Path.Combine(factory.DataFolder, "mail-pickup"), "RefundCompleted-RF-CT-1001*"));
    }

    [Fact]
    public async Task Execute_HandsRefundToStatusPoll_WhenProcessorAnswersPending()
    {
        await using var factory = JobsSite.Create();
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");

        await JobsSite.CancelAsync(factory, "CT-1001");
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");

        var (payment, status) = await AttemptsAsync(factory, "RF-CT-1001");
        Assert.Equal(["Succeeded"], payment);
        Assert.Contains("Succeeded", status);
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
        Assert.Equal(1, await NotificationsAsync(factory, "RF-CT-1001"));
        Assert.Single(Directory.GetFiles(Path.Combine(factory.DataFolder, "mail-pickup"), "RefundCompleted-RF-CT-1001*"));
    }

    /// <summary>The outcomes of the refund's payment runs and status runs, oldest first.</summary>
    private static async Task<(List<string> Payment, List<string> Status)> AttemptsAsync(PartnerHelpFactory factory, string refundId)
    {
        // The attempt row is finished just after the refund commits: wait for it rather than race it.
        await JobsSite.WaitForAsync(factory, db => db.JobAttempts.AnyAsync(a => a.JobName == refundId && a.FinishedAt != null && a.Summary!.Contains("notified")), "the completing run's record");
        await using var scope = factory.Services.CreateAsyncScope();
        var attempts = await scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>().JobAttempts.AsNoTracking()
            .Where(a => a.JobName == refundId).OrderBy(a => a.Id).Select(a => new { a.JobGroup, a.Outcome }).ToListAsync();
        return (attempts.Where(a => a.JobGroup == JobKind.RefundGroup).Select(a => a.Outcome).ToList(),
            attempts.Where(a => a.JobGroup == JobKind.StatusGroup).Select(a => a.Outcome).ToList());
    }

    private static async Task<int> NotificationsAsync(PartnerHelpFactory factory, string refundId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>().PartnerNotifications.CountAsync(n => n.Subject == refundId);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Web.Tests.Jobs;
using Quartz;

namespace PartnerHelp.Web.Tests.Pages.Admin.Jobs;

public sealed class JobsDashboardInterruptTests
{
    [Fact]
    public async Task Interrupt_CancelsRunningPayment_WhenOperatorConfirms()
    {
        // A slow processor keeps the payment running long enough to interrupt it. The simulator writes its payout
        // half-way through the latency, so the interrupt must land before that: 30 s leaves a slow machine 15 s for
        // the requests below, and costs nothing when it is fast (the interrupt ends the wait).
        await using var factory = JobsSite.Create(s => s["Jobs:PaymentSimulator:Latency"] = "00:00:30");
        using var client = await JobsSite.SignedInAsync(factory, "ops@partnerhelp.example");
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = new JobKey("RF-CT-1001", "refunds");

        await JobsSite.CancelAsync(factory, "CT-1001");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await scheduler.QueryFireInstances(new FireInstanceQuery { Job = job })).Items.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var running = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/jobs/list/running"));
        Assert.Contains("refunds.RF-CT-1001", running, StringComparison.Ordinal);
        var message = await JobsDashboardActionsTests.PostAsync(client, "/admin/jobs/job/refunds.RF-CT-1001", "Interrupt", "refunds.RF-CT-1001");

        Assert.Contains("Interrupt refunds.RF-CT-1001: done.", message, StringComparison.Ordinal);
        await JobsSite.WaitForAsync(factory, db => db.JobAttempts.AnyAsync(a => a.JobName == "RF-CT-1001" && a.Outcome == JobAttemptOutcomes.Cancelled), "the interrupted attempt", TimeSpan.FromSeconds(10));
        Assert.Equal(0, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
    }
}

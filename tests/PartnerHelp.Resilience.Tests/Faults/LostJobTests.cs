using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;
using Xunit.Abstractions;

namespace PartnerHelp.Resilience.Tests.Faults;

/// <summary>A refund whose jobs lost their triggers (an operator deleted the status job) is found by the sweep, not left stuck.</summary>
public sealed class LostJobTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Refund_IsRefunded_WhenOperatorDeletesItsStatusJobWhilePaid()
    {
        var settings = SuiteSettings.FastJobs(SuiteSettings.Seed());
        settings["Jobs:PaymentSimulator:TransientFailureRate"] = "0";
        // The status poll must still be there when the operator deletes it: settling takes longer than the steps before.
        settings["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:15";
        settings["Jobs:SweepInterval"] = "00:00:02";
        using var folder = new TempDirectory("partnerhelp-lostjob");
        var database = new ResilienceDatabase(folder.File("partnerhelp.db"));
        using var site = await SiteProcess.StartAsync(database.Path, settings);
        try
        {
            using var ops = await OperatorClient.SignInAsync(site.Url);
            var orders = await database.AddCancelledOrdersAsync("LJ", 1);
            await database.WaitAsync(async db => await db.PayoutLedger.AnyAsync(e => e.RefundId == "RF-LJ-0001"), "the payout", TimeSpan.FromSeconds(60));
            // The payout is written during the process run, before it schedules the poll: wait for the poll itself.
            await database.WaitAsync(
                async _ => await QuartzStore.TriggersAsync(database.QuartzPath, "RF-LJ-") == 1 && (await QuartzStore.StatusPollStartsAsync(database.QuartzPath, "RF-LJ-")).Count == 1,
                "only the status poll left",
                TimeSpan.FromSeconds(30));

            var deleted = Assert.Single(await QuartzStore.StatusPollStartsAsync(database.QuartzPath, "RF-LJ-"));

            Assert.Equal(HttpStatusCode.Redirect, await ops.ActAsync("refund-status.RF-LJ-0001", "Delete"));
            // The deleted poll is asserted gone, not every poll: the sweep (every 2 s) may already have given the
            // refund a new process run, which found it paid and scheduled a new poll; that is the recovery under test.
            Assert.All(await QuartzStore.StatusPollStartsAsync(database.QuartzPath, "RF-LJ-"), start => Assert.True(start > deleted, "the deleted status poll is still scheduled"));

            // The status job commits Refunded before its trigger and fired-trigger row are gone; the audit counts both.
            await database.WaitAsync(
                async db => await db.Refunds.AnyAsync(r => r.Id == "RF-LJ-0001" && r.Status == RefundStatus.Refunded)
                    && await QuartzStore.JobsLeftAsync(database.QuartzPath, "RF-LJ-") == 0,
                "the refund refunded after its status job was deleted, and its jobs finished",
                TimeSpan.FromSeconds(60));
            var audit = await MoneyAudit.RunAsync(database, orders, "RF-LJ-");
            Assert.True(audit.Problems.Count == 0, string.Join(Environment.NewLine, audit.Problems));
        }
        catch (Exception) when (Log(site))
        {
            throw;
        }
    }

    private bool Log(SiteProcess site)
    {
        output.WriteLine(site.RecentOutput);
        return false;
    }
}

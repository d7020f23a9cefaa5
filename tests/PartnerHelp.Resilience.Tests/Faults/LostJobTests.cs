using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;
using Xunit.Abstractions;

namespace PartnerHelp.Resilience.Tests.Faults;

/// <summary>
/// An unfinished refund whose job an operator deletes with Hangfire's own Delete button is found by the sweep, given a
/// new payment run and paid once, not left stuck: the application database decides what must happen, Hangfire only
/// executes it. (A job lost with the in-memory storage on a crash is the same case: <c>Crashes/RestartTests</c>.)
/// </summary>
public sealed class LostJobTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(SiteStorage.InMemory)]
    [InlineData(SiteStorage.PostgreSql)]
    public async Task Refund_IsRefundedOnce_WhenOperatorDeletesItsScheduledStatusCheck(SiteStorage storage)
    {
        var settings = Settings();
        // The status check must still be waiting when the operator deletes it: settling takes longer than the steps before.
        settings["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:15";
        await DeleteThenRecoverAsync(storage, "LJ", settings, "scheduled", "Check settlement of refund RF-LJ-0001");
    }

    [Theory]
    [InlineData(SiteStorage.InMemory)]
    [InlineData(SiteStorage.PostgreSql)]
    public async Task Refund_IsRefundedOnce_WhenOperatorDeletesItsPaymentRunMidCall(SiteStorage storage)
    {
        var settings = Settings();
        // A slow processor: the run is inside the payment call when Hangfire cancels it for the deletion.
        settings["Jobs:PaymentSimulator:Latency"] = "00:00:04";
        settings["Jobs:PaymentTimeout"] = "00:00:20";
        await DeleteThenRecoverAsync(storage, "LD", settings, "processing", "Pay refund RF-LD-0001");
    }

    private static Dictionary<string, string> Settings()
    {
        var settings = SuiteSettings.FastJobs(SuiteSettings.Seed());
        settings["Jobs:PaymentSimulator:TransientFailureRate"] = "0";
        settings["Jobs:SweepInterval"] = "00:00:02";
        return settings;
    }

    /// <summary>Waits for the job named <paramref name="jobName"/> on Hangfire's <paramref name="list"/>, deletes it as the operator, and checks the refund ends paid once.</summary>
    private async Task DeleteThenRecoverAsync(SiteStorage storage, string prefix, Dictionary<string, string> settings, string list, string jobName)
    {
        await using var database = await ResilienceDatabase.CreateAsync(storage, "lostjob");
        using var site = await database.StartSiteAsync(settings);
        try
        {
            using var ops = await OperatorClient.SignInAsync(site.Url);
            var orders = await database.AddCancelledOrdersAsync(prefix, 1);
            var refundId = $"RF-{prefix}-0001";
            ListedJob? job = null;
            await database.WaitAsync(
                async _ => (job = (await ops.JobsAsync(list)).FirstOrDefault(j => j.Name.StartsWith(jobName, StringComparison.Ordinal))) is not null,
                $"\"{jobName}\" on the {list} list",
                TimeSpan.FromSeconds(60));

            Assert.Equal(HttpStatusCode.NoContent, await ops.DeleteJobAsync(job!.Id));
            Assert.Contains(await ops.JobsAsync("deleted"), j => j.Id == job.Id);

            var audit = await MoneyAudit.UntilSettledAsync(database, orders, ops, TimeSpan.FromSeconds(90));
            Assert.True(audit.Problems.Count == 0, string.Join(Environment.NewLine, audit.Problems));

            // The refund was finished by a payment run of the sweep, not by the deleted job. That run usually starts after the
            // deletion; under load the sweep can give the refund its run while the first job is between Hangfire's lists (the
            // refund's run lock keeps one paying), so the run that finished may have started before it: its start is not checked.
            await using var db = database.Context();
            var runs = await db.JobAttempts.AsNoTracking().Where(a => a.JobName == refundId).ToListAsync();
            Assert.Contains(runs, a => a.JobGroup == "refunds" && a.TriggerName != job.Id && a.Outcome == JobAttemptOutcomes.Succeeded);
            Assert.Single(await db.PayoutLedger.AsNoTracking().Where(e => e.RefundId == refundId).ToListAsync());
            output.WriteLine(string.Join(Environment.NewLine, runs.OrderBy(a => a.StartedAt).Select(a => $"{a.StartedAt:HH:mm:ss.fff} {a.JobGroup} {a.TriggerName} {a.Outcome} {a.Summary} {a.ExceptionType}")));
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

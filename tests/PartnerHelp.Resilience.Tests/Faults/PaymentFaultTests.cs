using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Resilience.Tests.Harness;
using PartnerHelp.Testing;
using Xunit.Abstractions;

namespace PartnerHelp.Resilience.Tests.Faults;

/// <summary>
/// The refund jobs against a misbehaving processor (30% transient failures, lost responses that end in timeouts, slow
/// calls, permanent declines): every refund is paid once, declines wait on the dashboard, and an operator's Retry
/// there finishes them, once.
/// </summary>
public sealed class PaymentFaultTests(ITestOutputHelper output)
{
    private const int MaxOperatorRounds = 8;

    [Theory]
    [Trait("Category", "Soak")]
    [InlineData(SiteStorage.InMemory)]
    [InlineData(SiteStorage.PostgreSql)]
    public async Task Refunds_CompleteExactlyOnce_WhenProcessorFailsTimesOutAndDeclines(SiteStorage storage)
    {
        var count = SuiteProfile.Pick(30, 150);
        // A fixed seed by default: every run makes at least one draw per refund, and whatever the threads' timing the
        // first 30 draws of seed 2026 hold 5 declines, 9 transient failures, 3 lost responses and 2 slow calls.
        var seed = SuiteSettings.Seed(fallback: 2026);
        output.WriteLine($"seed {seed}");
        var settings = SuiteSettings.FastJobs(seed);
        settings["Jobs:PaymentSimulator:TransientFailureRate"] = "0.3";
        settings["Jobs:PaymentSimulator:PermanentFailureRate"] = "0.15";
        settings["Jobs:PaymentSimulator:LostResponseRate"] = "0.1";
        settings["Jobs:PaymentSimulator:SlowResponseRate"] = "0.1";
        settings["Jobs:PaymentSimulator:SlowLatency"] = "00:00:01";
        settings["Jobs:PaymentTimeout"] = "00:00:02";
        await using var database = await ResilienceDatabase.CreateAsync(storage, "faults");
        using var site = await database.StartSiteAsync(settings);
        try
        {
            using var ops = await OperatorClient.SignInAsync(site.Url);
            var orders = await database.AddCancelledOrdersAsync("FT", count);
            var settled = TimeSpan.FromSeconds(SuiteProfile.Pick(120, 300));
            await database.WaitAsync(db => SettledAsync(db, ops), "every refund refunded or failed", settled);
            var declined = 0;
            var operatorRetries = 0;
            for (var round = 0; ; round++)
            {
                var failed = await FailedAsync(database);
                var listed = await ops.RefundsAsync("Failed");
                Assert.Equal(failed.Order(), listed.Order());
                if (failed.Count == 0)
                {
                    break;
                }

                Assert.True(round < MaxOperatorRounds, $"seed {seed}: refunds still failed after {MaxOperatorRounds} rounds of operator retries: {string.Join(", ", failed)}");
                declined += failed.Count;
                foreach (var refundId in failed)
                {
                    Assert.Contains("instrument_closed", await ops.RefundTextAsync(refundId), StringComparison.Ordinal);
                    Assert.Equal(HttpStatusCode.NoContent, await ops.RetryRefundAsync(refundId));
                    operatorRetries++;
                }

                await database.WaitAsync(db => SettledAsync(db, ops), "operator retries to settle", settled);
            }

            var audit = await MoneyAudit.UntilSettledAsync(database, orders, ops, settled);
            await using var db = database.Context();
            var attempts = await db.JobAttempts.AsNoTracking().Where(a => a.JobGroup == "refunds" && a.JobName.StartsWith("RF-FT-")).ToListAsync();
            var transient = attempts.Count(a => a.ExceptionMessage?.Contains("temporarily unavailable", StringComparison.Ordinal) == true);
            var timeouts = attempts.Count(a => a.ExceptionMessage?.Contains("did not answer", StringComparison.Ordinal) == true);
            var slow = attempts.Count(a => a.ExceptionType is null && a.DurationMs >= 1000);
            var retries = attempts.Count(a => a.RetryAttempt > 0);
            SuiteFigures.Record("faults", $"{storage}: seed {seed}: {count} refunds, {transient + timeouts + declined + slow} faults injected ({transient} transient, {timeouts} timeouts, {slow} slow calls completed, {declined} declines), {retries} scheduler retries, {operatorRetries} operator retries, {audit.MoneyMismatches} money mismatches, {audit.RefundedTotal:0.00} USD refunded for {audit.CancelledTotal:0.00} cancelled, {audit.Stuck} stuck");
            Assert.True(audit.Problems.Count == 0, $"seed {seed}: " + string.Join(Environment.NewLine, audit.Problems));
            Assert.True(declined > 0, $"seed {seed}: no decline happened, so the dashboard path was not exercised.");
            Assert.True(transient > 0 && timeouts > 0, $"seed {seed}: {transient} transient failures and {timeouts} timeouts injected.");
        }
        catch (Exception) when (Log(site))
        {
            throw;
        }
    }

    /// <summary>Every refund refunded or parked as Failed, and no job left to run.</summary>
    private static async Task<bool> SettledAsync(PartnerHelp.Infrastructure.Persistence.PartnerHelpDbContext db, OperatorClient ops) =>
        !await db.Refunds.AnyAsync(r => r.OrderId.StartsWith("FT-") && (r.Status == RefundStatus.Requested || r.Status == RefundStatus.Processing))
        && await ops.LiveJobsAsync() == 0;

    private static async Task<List<string>> FailedAsync(ResilienceDatabase database)
    {
        await using var db = database.Context();
        return await db.Refunds.AsNoTracking().Where(r => r.OrderId.StartsWith("FT-") && r.Status == RefundStatus.Failed).Select(r => r.Id).ToListAsync();
    }

    private bool Log(SiteProcess site)
    {
        output.WriteLine(site.RecentOutput);
        return false;
    }
}

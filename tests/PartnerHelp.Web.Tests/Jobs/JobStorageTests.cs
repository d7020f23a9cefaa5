using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Jobs;

/// <summary>
/// The embedded default keeps jobs in memory: a restart loses them, and the application database, which decides what
/// must happen, gives every unfinished refund its job again. Pauses are the database's too, so they survive.
/// </summary>
public sealed class JobStorageTests
{
    [Fact]
    public async Task Restart_LosesTheInMemoryJobs_AndTheSweepFinishesTheUnfinishedRefundOnce()
    {
        using var folder = new TempDirectory("partnerhelp-store");
        var database = folder.File("partnerhelp.db");
        await using (var first = Site(database, settlement: "00:00:05"))
        {
            Assert.IsType<InMemoryStorage>(first.Services.GetRequiredService<JobStorage>());
            using var partner = await JobsSite.SignedInAsync(first, "admin@contoso.example");
            using var ops = await DashboardClient.SignInAsync(first);
            await JobsSite.CancelAsync(first, "CT-1001");
            await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Processing");
            await JobsSite.WaitForAsync(first, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.PayoutLedger, p => p.RefundId == "RF-CT-1001"), "the payout");
            Assert.Equal(System.Net.HttpStatusCode.NoContent, (await ops.PostAsync("/admin/jobs/schedules/reconciliation/pause")).StatusCode);
        }

        // The first site's status check went with its memory: nothing runs for the refund until the sweep at start.
        await using var second = Site(database, settlement: "00:00:05");
        using var again = await JobsSite.SignedInAsync(second, "admin@contoso.example");
        await JobsSite.WaitForRefundAsync(again, "CT-1001", "Refunded", TimeSpan.FromSeconds(60));
        Assert.Equal(1, await JobsSite.PayoutsAsync(second, "RF-CT-1001"));
        using var operators = await DashboardClient.SignInAsync(second);
        Assert.Contains("Paused by ops@partnerhelp.example", await operators.PageAsync("/admin/jobs/schedules"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Fails_WhenPostgreSqlStorageIsAskedOfASqliteSite()
    {
        await using var factory = JobsSite.Create(s => s["Jobs:Storage"] = "PostgreSql");

        var error = Assert.Throws<InvalidOperationException>(() => factory.Services);

        Assert.Contains("Jobs:Storage=PostgreSql needs Database:Provider=PostgreSql", error.Message, StringComparison.Ordinal);
    }

    private static PartnerHelpFactory Site(string database, string settlement)
    {
        var factory = JobsSite.Create(s => s["Jobs:PaymentSimulator:SettlementDelay"] = settlement);
        factory.Settings["ConnectionStrings:PartnerHelp"] = $"Data Source={database}";
        return factory;
    }
}

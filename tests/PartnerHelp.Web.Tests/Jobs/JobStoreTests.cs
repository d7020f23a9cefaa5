using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;
using Quartz;

namespace PartnerHelp.Web.Tests.Jobs;

public sealed class JobStoreTests
{
    [Fact]
    public async Task QuartzStore_IsWalSiblingOfAppDatabase_AndKeepsHistoryAndPausesAcrossRestarts()
    {
        using var folder = new TempDirectory("partnerhelp-store");
        var database = folder.File("partnerhelp.db");
        var succeededBefore = 0;
        await using (var first = Site(database))
        {
            using var partner = await JobsSite.SignedInAsync(first, "admin@contoso.example");
            using var ops = await JobsSite.SignedInAsync(first, "ops@partnerhelp.example");
            await JobsSite.CancelAsync(first, "CT-1001");
            await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");
            var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.PauseJob(new JobKey("reconciliation", "recurring"));
            succeededBefore = await SucceededAsync(ops);
            Assert.True(succeededBefore > 0);
        }

        var quartzFile = folder.File("partnerhelp.quartz.db");
        Assert.True(File.Exists(quartzFile), "Quartz keeps its own SQLite file beside the application database.");
        await using (var connection = new SqliteConnection($"Data Source={quartzFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        }

        await using var second = Site(database);
        using var again = await JobsSite.SignedInAsync(second, "ops@partnerhelp.example");
        Assert.True(await SucceededAsync(again) >= succeededBefore, "Execution history is kept in the store, not in the process.");
        var restarted = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Equal(TriggerState.Paused, await restarted.GetTriggerState(new TriggerKey("reconciliation", "recurring")));
        Assert.Contains("refunds.RF-CT-1001", WebUtility.HtmlDecode(await again.GetStringAsync("/admin/jobs/list/succeeded?q=CT-1001")), StringComparison.Ordinal);
    }

    private static PartnerHelpFactory Site(string database)
    {
        var factory = JobsSite.Create();
        factory.Settings["ConnectionStrings:PartnerHelp"] = $"Data Source={database}";
        return factory;
    }

    private static async Task<int> SucceededAsync(HttpClient ops)
    {
        using var stats = System.Text.Json.JsonDocument.Parse(await ops.GetStringAsync("/admin/jobs/stats"));
        return stats.RootElement.GetProperty("counters").GetProperty("Succeeded").GetInt32();
    }
}

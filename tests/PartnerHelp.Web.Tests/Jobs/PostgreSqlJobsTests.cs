using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;
using Quartz;

namespace PartnerHelp.Web.Tests.Jobs;

public sealed class PostgreSqlJobsTests
{
    [Fact]
    public async Task CancelCt1001_ReachesRefunded_WhenQuartzStoresInPostgreSqlClustered()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await postgres.CreateDatabaseAsync("partnerhelp_jobs");
        await using var factory = JobsSite.Create(s =>
        {
            s["Database:Provider"] = "PostgreSql";
            s["Jobs:Clustered"] = "true";
        });
        factory.Settings["ConnectionStrings:PartnerHelp"] = postgres.ConnectionString("partnerhelp_jobs");
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        using var ops = await JobsSite.SignedInAsync(factory, "ops@partnerhelp.example");

        await JobsSite.CancelAsync(factory, "CT-1001");

        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotEqual("NON_CLUSTERED", scheduler.SchedulerInstanceId);
        var servers = WebUtility.HtmlDecode(await ops.GetStringAsync("/admin/jobs/servers"));
        Assert.Contains(scheduler.SchedulerInstanceId, servers, StringComparison.Ordinal);
        Assert.Contains("clustered", servers, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync("/admin/jobs/list/succeeded?q=CT-1001")).StatusCode);
        Assert.Contains("refunds.RF-CT-1001", WebUtility.HtmlDecode(await ops.GetStringAsync("/admin/jobs/list/succeeded?q=CT-1001")), StringComparison.Ordinal);
    }
}

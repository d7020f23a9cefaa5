using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Jobs;

/// <summary>On PostgreSQL the jobs live in the application's database, in Hangfire's own schema, shared by every node.</summary>
public sealed class PostgreSqlJobsTests
{
    [Fact]
    public async Task CancelCt1001_ReachesRefunded_WithHangfiresTablesInTheApplicationsDatabase()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await postgres.CreateDatabaseAsync("partnerhelp_jobs");
        var connectionString = postgres.ConnectionString("partnerhelp_jobs");
        await using var factory = JobsSite.Create(s => s["Database:Provider"] = "PostgreSql");
        factory.Settings["ConnectionStrings:PartnerHelp"] = connectionString;
        factory.Settings["Jobs:ServerName"] = "pg-node";
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        using var ops = await DashboardClient.SignInAsync(factory);

        await JobsSite.CancelAsync(factory, "CT-1001");

        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
        Assert.IsType<PostgreSqlStorage>(factory.Services.GetRequiredService<JobStorage>());
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name IN ('job', 'state', 'jobqueue', 'server')", connection);
            Assert.Equal(4L, (long)(await command.ExecuteScalarAsync())!);
        }

        Assert.Contains("pg-node", await ops.PageAsync("/admin/jobs/servers"), StringComparison.Ordinal);
        var succeeded = await ops.PageAsync("/admin/jobs/jobs/succeeded");
        Assert.Contains("Pay refund RF-CT-1001 (order CT-1001)", succeeded, StringComparison.Ordinal);
        Assert.DoesNotContain("partnerhelp_jobs", await ops.PageAsync("/admin/jobs"), StringComparison.Ordinal);
    }
}

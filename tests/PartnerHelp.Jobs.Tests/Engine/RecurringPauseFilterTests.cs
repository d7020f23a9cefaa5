using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Jobs.Recurring;

namespace PartnerHelp.Jobs.Tests.Engine;

/// <summary>A paused recurring job creates no runs, whether its schedule or an operator's "trigger now" asks.</summary>
public sealed class RecurringPauseFilterTests
{
    [Fact]
    public async Task Trigger_CreatesNoRun_WhilePaused_AndRunsAgain_WhenResumed()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        await using var scope = bed.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<IRecurringJobManager>();
        manager.AddOrUpdate<EngineJobs>("pause-test", job => job.Succeed("pause-test"), Cron.Yearly(), new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        var pauses = scope.ServiceProvider.GetRequiredService<RecurringPauses>();

        Assert.True(await pauses.PauseAsync("pause-test", "ops@partnerhelp.example", CancellationToken.None));
        Assert.False(await pauses.PauseAsync("pause-test", "ops@partnerhelp.example", CancellationToken.None));
        manager.Trigger("pause-test");
        Assert.Null(LastRun(bed));

        Assert.True(await pauses.ResumeAsync("pause-test", CancellationToken.None));
        Assert.False(await pauses.ResumeAsync("pause-test", CancellationToken.None));
        manager.Trigger("pause-test");
        Assert.NotNull(LastRun(bed));
    }

    private static string? LastRun(JobsTestBed bed)
    {
        using var connection = bed.Storage.GetConnection();
        return connection.GetRecurringJobs(["pause-test"]).Single().LastJobId;
    }
}

using Microsoft.Extensions.Options;
using PartnerHelp.Jobs.Scheduling;
using Quartz;

namespace PartnerHelp.Jobs.Tests.Scheduling;

/// <summary>Batch scheduling of refunds from the outbox, over a real (in-memory, not started) Quartz scheduler.</summary>
public sealed class RefundJobSchedulerTests
{
    [Fact]
    public async Task ScheduleRefundsAsync_SchedulesEveryRefundOnce_WhenNoneHasAJob()
    {
        var (scheduler, jobs) = await CreateAsync();

        var failures = await jobs.ScheduleRefundsAsync(scheduler, [("RF-1", "sv"), ("RF-2", null), ("RF-2", null)], CancellationToken.None);

        Assert.Empty(failures);
        foreach (var id in new[] { "RF-1", "RF-2" })
        {
            var job = await scheduler.GetJobDetail(JobKeys.ProcessRefund(id));
            Assert.NotNull(job);
            Assert.True(job.Durable && job.RequestsRecovery);
            Assert.Single(await scheduler.GetTriggersOfJob(JobKeys.ProcessRefund(id)));
        }

        Assert.Equal("sv", (await scheduler.GetJobDetail(JobKeys.ProcessRefund("RF-1")))!.JobDataMap.GetString(RefundJobScheduler.CultureKey));
        await scheduler.Shutdown();
    }

    [Fact]
    public async Task ScheduleRefundsAsync_FallsBackToOneAtATime_WhenSomeRefundsHaveJobsAlready()
    {
        var (scheduler, jobs) = await CreateAsync();
        await jobs.ScheduleRefundAsync(scheduler, "RF-1", "en", CancellationToken.None);
        await jobs.ScheduleRefundAsync(scheduler, "RF-2", "en", CancellationToken.None);
        // RF-2's run is over: its durable job is stored without a trigger, as after a crash before the row was marked.
        await scheduler.UnscheduleJob(new TriggerKey("RF-2", JobKeys.RefundGroup));

        var failures = await jobs.ScheduleRefundsAsync(scheduler, [("RF-1", "en"), ("RF-2", "en"), ("RF-3", "en")], CancellationToken.None);

        Assert.Empty(failures);
        Assert.Single(await scheduler.GetTriggersOfJob(JobKeys.ProcessRefund("RF-1")));
        Assert.Single(await scheduler.GetTriggersOfJob(JobKeys.ProcessRefund("RF-2")));
        Assert.Single(await scheduler.GetTriggersOfJob(JobKeys.ProcessRefund("RF-3")));
        await scheduler.Shutdown();
    }

    [Fact]
    public async Task ScheduleRefundsAsync_ReportsEveryRefund_WhenTheSchedulerIsShutDown()
    {
        var (scheduler, jobs) = await CreateAsync();
        await scheduler.Shutdown();

        var failures = await jobs.ScheduleRefundsAsync(scheduler, [("RF-1", "en"), ("RF-2", "en")], CancellationToken.None);

        Assert.Equal(["RF-1", "RF-2"], failures.Keys.Order(StringComparer.Ordinal));
    }

    private static async Task<(IScheduler Scheduler, RefundJobScheduler Jobs)> CreateAsync()
    {
        var scheduler = await QuartzSchedulerBuilder.Create(quartz =>
        {
            quartz.ConfigureScheduler(s => s.InstanceName = $"refund-scheduler-tests-{Guid.NewGuid():N}");
            quartz.UseInMemoryStore();
            quartz.UseDefaultThreadPool(1);
        }).BuildScheduler();
        return (scheduler, new RefundJobScheduler(Options.Create(new JobsOptions()), TimeProvider.System));
    }
}

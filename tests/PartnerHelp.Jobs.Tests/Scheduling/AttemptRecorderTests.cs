using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Scheduling;
using Quartz;

namespace PartnerHelp.Jobs.Tests.Scheduling;

/// <summary>
/// The recorder on a real (in-memory) Quartz scheduler over the test bed's database: a run is on record while it runs,
/// and exactly once when it is over, whether the recorder or the job itself (<see cref="WritesOwnRunRecordAttribute"/>)
/// stored it.
/// </summary>
public sealed class AttemptRecorderTests
{
    [Fact]
    public async Task JobWasExecuted_KeepsTheJobsRecord_WhenTheJobsLastCommitFinishedIt()
    {
        await using var bed = await JobsTestBed.CreateAsync();

        var run = await RunAsync<StoresStartAndFinish>(bed);

        // The job counted 5 s on the test clock; the recorder would have written Quartz's real run time.
        Assert.Equal((JobAttemptOutcomes.Succeeded, "paid and settled", 5000L), (run.Outcome, run.Summary, run.DurationMs));
        Assert.Equal(bed.Clock.GetUtcNow(), run.FinishedAt);
        Assert.Equal(1, StoresStartAndFinish.RowsWhileRunning);
    }

    [Fact]
    public async Task JobWasExecuted_StoresStartAndFinishInOneRow_WhenTheJobStoredNothing()
    {
        await using var bed = await JobsTestBed.CreateAsync();

        var run = await RunAsync<StoresNothing>(bed);

        Assert.Equal((JobAttemptOutcomes.Skipped, "nothing to do"), (run.Outcome, run.Summary));
        Assert.NotNull(run.FinishedAt);
        Assert.Equal(0, StoresNothing.RowsWhileRunning);
    }

    [Fact]
    public async Task JobWasExecuted_FinishesTheJobsRecordAsFailed_WhenTheJobThrowsAfterStoringTheStart()
    {
        await using var bed = await JobsTestBed.CreateAsync();

        var run = await RunAsync<StoresStartThenThrows>(bed);

        Assert.Equal(JobAttemptOutcomes.Failed, run.Outcome);
        Assert.Equal(typeof(TimeoutException).FullName, run.ExceptionType);
        Assert.Contains("processor did not answer", run.ExceptionDetail, StringComparison.Ordinal);
        Assert.NotNull(run.FinishedAt);
        Assert.Equal(1, StoresStartThenThrows.RowsWhileRunning);
    }

    [Fact]
    public async Task JobToBeExecuted_StoresTheStart_WhenTheJobLeavesTheRecordToTheRecorder()
    {
        await using var bed = await JobsTestBed.CreateAsync();

        var run = await RunAsync<LeavesRecordToRecorder>(bed);

        Assert.Equal((JobAttemptOutcomes.Succeeded, "done"), (run.Outcome, run.Summary));
        Assert.Equal(1, LeavesRecordToRecorder.RowsWhileRunning);
    }

    /// <summary>Runs one <typeparamref name="TJob"/> to its end under the bed's recorder; returns its only job_attempts row.</summary>
    private static async Task<JobAttempt> RunAsync<TJob>(JobsTestBed bed)
        where TJob : IJob
    {
        await using var scope = bed.Scope();
        var recorder = scope.ServiceProvider.GetRequiredService<AttemptRecorder>();
        var scheduler = await QuartzSchedulerBuilder.Create(quartz =>
        {
            quartz.ConfigureScheduler(s => s.InstanceName = $"attempt-recorder-tests-{Guid.NewGuid():N}");
            quartz.UseInMemoryStore();
            quartz.UseDefaultThreadPool(1);
        }).BuildScheduler();
        scheduler.ListenerManager.AddJobListener(recorder);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = JobBuilder.Create<TJob>().WithIdentity("probe", "tests").Build();
        job.JobDataMap[TestJob.BedKey] = bed;
        job.JobDataMap[TestJob.DoneKey] = done;
        await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build());
        await scheduler.Start();
        await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await scheduler.Shutdown(waitForJobsToComplete: true);

        return await bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().JobAttempts.AsNoTracking().SingleAsync(a => a.JobName == "probe"));
    }

    /// <summary>What the test jobs share: the bed, the recorder, and a count of the run's rows while it runs.</summary>
    private abstract class TestJob : IJob
    {
        public const string BedKey = "bed";
        public const string DoneKey = "done";

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            var bed = (JobsTestBed)context.MergedJobDataMap[BedKey]!;
            try
            {
                await using var scope = bed.Scope();
                var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
                await RunAsync(context, bed, scope.ServiceProvider.GetRequiredService<AttemptRecorder>().RecordOf(context), db);
            }
            finally
            {
                ((TaskCompletionSource)context.MergedJobDataMap[DoneKey]!).TrySetResult();
            }
        }

        protected abstract Task RunAsync(IJobExecutionContext context, JobsTestBed bed, RunRecord? run, PartnerHelpDbContext db);

        /// <summary>How many rows of this run another connection sees now (what a crash at this point would leave).</summary>
        protected static Task<int> RowsAsync(JobsTestBed bed) =>
            bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().JobAttempts.CountAsync(a => a.JobName == "probe"));

        /// <summary>Commits the run's start as a job's first save would; returns <see cref="RowsAsync"/> after it.</summary>
        protected static async Task<int> StoreStartAsync(JobsTestBed bed, RunRecord? run, PartnerHelpDbContext db)
        {
            Assert.NotNull(run);
            run.Enlist(db);
            await db.SaveChangesAsync();
            run.Saved(db);
            return await RowsAsync(bed);
        }
    }

    [WritesOwnRunRecord]
    private sealed class StoresStartAndFinish : TestJob
    {
        public static int RowsWhileRunning { get; private set; }

        protected override async Task RunAsync(IJobExecutionContext context, JobsTestBed bed, RunRecord? run, PartnerHelpDbContext db)
        {
            RowsWhileRunning = await StoreStartAsync(bed, run, db);

            bed.Clock.Advance(TimeSpan.FromSeconds(5));
            run!.Succeed(db, bed.Clock.GetUtcNow(), "paid and settled");
            await db.SaveChangesAsync();
            run.Saved(db);
            context.Result = JobRunReport.Succeeded("paid and settled");
        }
    }

    [WritesOwnRunRecord]
    private sealed class StoresNothing : TestJob
    {
        public static int RowsWhileRunning { get; private set; }

        protected override async Task RunAsync(IJobExecutionContext context, JobsTestBed bed, RunRecord? run, PartnerHelpDbContext db)
        {
            Assert.NotNull(run);
            RowsWhileRunning = await RowsAsync(bed);
            context.Result = JobRunReport.Skipped("nothing to do");
        }
    }

    [WritesOwnRunRecord]
    private sealed class StoresStartThenThrows : TestJob
    {
        public static int RowsWhileRunning { get; private set; }

        protected override async Task RunAsync(IJobExecutionContext context, JobsTestBed bed, RunRecord? run, PartnerHelpDbContext db)
        {
            RowsWhileRunning = await StoreStartAsync(bed, run, db);
            throw new TimeoutException("The payment processor did not answer (test).");
        }
    }

    private sealed class LeavesRecordToRecorder : TestJob
    {
        public static int RowsWhileRunning { get; private set; }

        protected override async Task RunAsync(IJobExecutionContext context, JobsTestBed bed, RunRecord? run, PartnerHelpDbContext db)
        {
            Assert.Null(run);
            RowsWhileRunning = await RowsAsync(bed);
            context.Result = JobRunReport.Succeeded("done");
        }
    }
}

using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Scheduling;
using PartnerHelp.Testing;

namespace PartnerHelp.Jobs.Tests.Engine;

/// <summary>
/// The run recorder on a real Hangfire server over the test bed's database: every run is on record exactly once when it
/// is over, whether the recorder or the payment run itself (with its Processing commit) stored it.
/// </summary>
public sealed class RunRecorderFilterTests
{
    [Fact]
    public async Task OnPerformed_StoresOneFinishedRow_WhenAJobSucceeds()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        using var server = bed.StartServer();

        var jobId = bed.Client.Enqueue<EngineJobs>(job => job.Succeed("recorded"));
        await bed.WaitForStateAsync(jobId, SucceededState.StateName);

        var run = Assert.Single(await RunsAsync(bed, jobId, finished: 1));
        Assert.Equal((JobKind.OtherGroup, "EngineJobs.Succeed", JobAttemptOutcomes.Succeeded, "recorded done"), (run.JobGroup, run.JobName, run.Outcome, run.Summary));
        Assert.Equal(0, run.RetryAttempt);
        Assert.StartsWith("jobs-test-bed", run.SchedulerInstanceId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnPerformed_RecordsEachFailedAttemptWithItsException_AndWhetherARetryFollows()
    {
        await using var bed = await JobsTestBed.CreateAsync(new() { ["Jobs:RetryAttempts"] = "1", ["Jobs:RetryInitialDelay"] = "00:00:01", ["Jobs:RetryJitter"] = "0" });
        using var server = bed.StartServer();

        var jobId = bed.Client.Enqueue<EngineJobs>(job => job.Fail("the processor did not answer"));
        await bed.WaitForStateAsync(jobId, FailedState.StateName);

        var runs = await RunsAsync(bed, jobId, finished: 2);
        Assert.Equal([(0, true), (1, false)], runs.Select(r => (r.RetryAttempt, r.RetryScheduled)));
        Assert.All(runs, run =>
        {
            Assert.Equal(JobAttemptOutcomes.Failed, run.Outcome);
            Assert.Equal(typeof(TimeoutException).FullName, run.ExceptionType);
            Assert.Contains("the processor did not answer", run.ExceptionDetail, StringComparison.Ordinal);
            Assert.Contains(nameof(EngineJobs.Fail), run.ExceptionDetail, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task PaymentRun_StoresItsStartWithProcessing_AndTheRecorderItsFinish()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-7001");
        using var server = bed.StartServer();

        var jobId = bed.Client.Enqueue<ProcessRefundJob>(job => job.RunAsync(refundId, "CT-7001", "sv", null, CancellationToken.None));
        await bed.WaitForStateAsync(jobId, SucceededState.StateName);

        var run = Assert.Single(await RunsAsync(bed, jobId, finished: 1));
        Assert.Equal((JobKind.RefundGroup, refundId, JobAttemptOutcomes.Succeeded), (run.JobGroup, run.JobName, run.Outcome));
        Assert.StartsWith($"{refundId} paid; settlement check", run.Summary, StringComparison.Ordinal);
        await using var scope = bed.Scope();
        var refund = await scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>().Refunds.AsNoTracking().SingleAsync(r => r.Id == refundId);

        // The row went in with the refund's Processing commit, before the processor was called.
        Assert.Equal(refund.ProcessingAt, run.StartedAt);
    }

    /// <summary>The job's rows, oldest first, once <paramref name="finished"/> of them are finished.</summary>
    private static Task<List<JobAttempt>> RunsAsync(JobsTestBed bed, string jobId, int finished) =>
        Eventually.MatchesAsync(
            $"{finished} finished runs of job {jobId}",
            () => bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().JobAttempts.AsNoTracking()
                .Where(a => a.TriggerName == jobId).OrderBy(a => a.Id).ToListAsync()),
            rows => rows.Count(r => r.FinishedAt != null) >= finished,
            TimeSpan.FromSeconds(30),
            describe: rows => $"{rows.Count(r => r.FinishedAt != null)} finished of {rows.Count}");
}

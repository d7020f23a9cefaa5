using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Jobs.Tests.Scheduling;

/// <summary>The sweep: the database decides which refunds need a job, Hangfire's storage which ones have a live one.</summary>
public sealed class RefundJobsTests
{
    [Fact]
    public async Task SweepAsync_GivesEachUnfinishedRefundOneJob_AndNoSecondWhileItIsLive()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        await bed.CancelledOrderAsync("CT-7301");
        await bed.CancelledOrderAsync("CT-7302");
        var jobs = bed.Services.GetRequiredService<RefundJobs>();

        Assert.Equal(2, await SweepAsync(bed, jobs));
        Assert.Equal(["RF-CT-7301", "RF-CT-7302"], jobs.RefundsWithLiveJobs().Order(StringComparer.Ordinal));
        Assert.Equal(0, await SweepAsync(bed, jobs));
    }

    [Fact]
    public async Task SweepAsync_GivesARefundANewJob_WhenItsJobWasDeleted()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        await bed.CancelledOrderAsync("CT-7311");
        var jobs = bed.Services.GetRequiredService<RefundJobs>();
        var jobId = jobs.EnqueuePayment("RF-CT-7311", "CT-7311", "en");

        Assert.True(bed.Client.Delete(jobId));

        Assert.Empty(jobs.RefundsWithLiveJobs());
        Assert.Equal(1, await SweepAsync(bed, jobs));
        Assert.Contains("RF-CT-7311", jobs.RefundsWithLiveJobs());
    }

    [Fact]
    public async Task SweepAsync_LeavesARefundToTheDispatcher_WhileItsOutboxRowIsPending()
    {
        await using var bed = await JobsTestBed.CreateAsync();
        var refundId = await bed.CancelledOrderAsync("CT-7321");
        await bed.InScopeAsync(s =>
        {
            var db = s.GetRequiredService<PartnerHelpDbContext>();
            db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.RefundRequested, refundId, "en", bed.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });
        var jobs = bed.Services.GetRequiredService<RefundJobs>();

        Assert.Equal(0, await SweepAsync(bed, jobs));
    }

    private static Task<int> SweepAsync(JobsTestBed bed, RefundJobs jobs) =>
        bed.InScopeAsync(s => jobs.SweepAsync(s.GetRequiredService<PartnerHelpDbContext>(), CancellationToken.None));
}

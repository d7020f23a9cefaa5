using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Recurring;

namespace PartnerHelp.Jobs.Tests.Recurring;

public sealed class HistoryCleanupTests
{
    [Fact]
    public async Task RunAsync_RemovesOnlyWhatIsPastRetention_AndKeepsTheAuditLog()
    {
        await using var bed = await JobsTestBed.CreateAsync(new() { ["Jobs:HistoryRetention"] = "30.00:00:00" });
        var now = bed.Clock.GetUtcNow();
        await bed.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PartnerHelpDbContext>();
            db.JobAttempts.AddRange(Attempt("old", now.AddDays(-31)), Attempt("recent", now.AddDays(-29)));
            db.JobAuditLog.Add(new JobAuditEntry { At = now.AddDays(-400), ActorId = "ops", ActorName = "ops", Action = "Delete", Target = "recurring.x", Outcome = "Done" });
            return await db.SaveChangesAsync();
        });

        var removed = await bed.InScopeAsync(s => s.GetRequiredService<HistoryCleanup>().RunAsync(CancellationToken.None));

        Assert.Equal(1, removed.Attempts);
        var left = await bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().JobAttempts.Select(a => a.JobName).ToListAsync());
        Assert.Equal(["recent"], left);
        Assert.Equal(1, await bed.InScopeAsync(s => s.GetRequiredService<PartnerHelpDbContext>().JobAuditLog.CountAsync()));
    }

    private static JobAttempt Attempt(string name, DateTimeOffset startedAt) => new()
    {
        JobGroup = "refunds", JobName = name, TriggerName = "refunds." + name, FireInstanceId = name, SchedulerInstanceId = "node", StartedAt = startedAt,
    };
}

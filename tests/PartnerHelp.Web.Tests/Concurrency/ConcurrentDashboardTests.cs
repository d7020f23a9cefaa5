using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Jobs;
using PartnerHelp.Web.Tests.Testing;
using Quartz;

namespace PartnerHelp.Web.Tests.Concurrency;

/// <summary>
/// Operators pressing retry, run now, pause, resume and delete on one job at the same instant: no 500, the job
/// ends deleted (one delete wins), and the audit log has exactly one row per confirmed action.
/// </summary>
public sealed class ConcurrentDashboardTests : IDisposable
{
    private static readonly string[] Actions = ["TriggerNow", "RetryNow", "Pause", "Delete", "Resume"];
    private readonly PartnerHelpFactory _site = JobsSite.Create();

    [Fact]
    public async Task JobActions_AreEachAuditedOnceWithoutA500_WhenPostedAtOnce()
    {
        const string key = "recurring.reconciliation";
        const int rounds = 4;
        var sessions = await Burst.SessionsAsync(_site, "ops@partnerhelp.example", Actions.Length * rounds);

        var answers = await Burst.PostTogetherAsync(sessions, $"/admin/jobs/job/{key}", _ => $"/admin/jobs/job/{key}",
            i => new() { ["action"] = Actions[i % Actions.Length], ["key"] = key, ["confirm"] = "true" });
        sessions.ForEach(s => s.Dispose());

        var audit = await SiteData.QueryAsync(_site, db => db.JobAuditLog.AsNoTracking().Where(a => a.Target == key).ToListAsync());
        var scheduler = await _site.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        SuiteFigures.Record("concurrency", string.Create(CultureInfo.InvariantCulture,
            $"dashboard actions on one job: posts={answers.Count} 5xx={answers.Count(a => a.Status >= 500)} audited={audit.Count} deletes-done={audit.Count(a => a is { Action: "Delete", Outcome: "Done" })}"));
        Assert.All(answers, a => Assert.Equal(302, a.Status));
        Assert.Equal(answers.Count, audit.Count);
        Assert.All(Actions, action => Assert.Equal(rounds, audit.Count(a => a.Action == action)));
        Assert.Equal(1, audit.Count(a => a is { Action: "Delete", Outcome: "Done" }));
        Assert.False(await scheduler.Exists(new JobKey("reconciliation", "recurring")));
    }

    public void Dispose() => _site.Dispose();
}

using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Jobs.Payments;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Jobs;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Concurrency;

/// <summary>
/// Operators pressing the same dashboard buttons at the same instant: no 500, one retry of a failed refund wins (it is
/// paid once), one pause wins, and the audit log has one row per command that ran.
/// </summary>
public sealed class ConcurrentDashboardTests : IDisposable
{
    private const int Operators = 8;
    private readonly PartnerHelpFactory _site = JobsSite.Create();

    [Fact]
    public async Task RetryAndPause_WinOnce_AndAreEachAudited_WhenPostedAtOnce()
    {
        using var partner = await JobsSite.SignedInAsync(_site, "admin@contoso.example");
        _site.Services.GetRequiredService<PaymentFaultPlan>().Enqueue(PaymentFault.Declined);
        await JobsSite.CancelAsync(_site, "CT-1001");
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Failed");
        var sessions = new List<DashboardClient>();
        for (var i = 0; i < Operators; i++)
        {
            sessions.Add(await DashboardClient.SignInAsync(_site));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = sessions.Select(async (ops, i) =>
        {
            await start.Task;
            using var response = await ops.PostAsync(i % 2 == 0 ? "/admin/jobs/refunds/RF-CT-1001/retry" : "/admin/jobs/schedules/credit-review/pause");
            return (int)response.StatusCode;
        }).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(posts);
        sessions.ForEach(s => s.Dispose());
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");

        var audit = await SiteData.QueryAsync(_site, db => db.JobAuditLog.AsNoTracking().ToListAsync());
        SuiteFigures.Record("concurrency", string.Create(CultureInfo.InvariantCulture,
            $"dashboard commands at once: posts={answers.Length} 5xx={answers.Count(a => a >= 500)} audited={audit.Count} retried={audit.Count(a => a.Outcome == "Retried")} paused={audit.Count(a => a is { Action: "PauseRecurring", Outcome: "Done" })}"));
        Assert.All(answers, status => Assert.Equal((int)HttpStatusCode.NoContent, status));
        Assert.Equal(answers.Length, audit.Count);
        Assert.Equal(1, audit.Count(a => a is { Action: "RetryRefund", Outcome: "Retried" }));
        Assert.Equal(1, audit.Count(a => a is { Action: "PauseRecurring", Outcome: "Done" }));
        Assert.Equal(Operators / 2 - 1, audit.Count(a => a is { Action: "PauseRecurring", Outcome: "AlreadyPaused" }));
        Assert.Equal(1, await JobsSite.PayoutsAsync(_site, "RF-CT-1001"));
    }

    public void Dispose() => _site.Dispose();
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Dashboard;
using PartnerHelp.Jobs.Payments;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Jobs;
using Quartz;

namespace PartnerHelp.Web.Tests.Pages.Admin.Jobs;

public sealed class JobsDashboardActionsTests(JobsSiteFixture site) : IClassFixture<JobsSiteFixture>
{
    private const string Operator = "ops@partnerhelp.example";
    private readonly PartnerHelpFactory _factory = site.Factory;

    [Fact]
    public async Task TriggerNow_RunsRecurringJobAndAudits_WhenConfirmed()
    {
        using var client = await JobsSite.SignedInAsync(_factory, Operator);

        var message = await PostAsync(client, "/admin/jobs/recurring", "TriggerNow", "recurring.reconciliation");

        Assert.Contains("Run now recurring.reconciliation: done.", message, StringComparison.Ordinal);
        await JobsSite.WaitForAsync(_factory, db => db.JobAttempts.AnyAsync(a => a.JobName == "reconciliation" && a.Outcome == JobAttemptOutcomes.Succeeded), "the reconciliation run");
        await AssertAuditedAsync("TriggerNow", "recurring.reconciliation", "Done");
    }

    [Fact]
    public async Task PauseThenResume_MovesTheRecurringTrigger_WhenConfirmed()
    {
        using var client = await JobsSite.SignedInAsync(_factory, Operator);
        var trigger = new TriggerKey("window-notices", "recurring");

        await PostAsync(client, "/admin/jobs/job/recurring.window-notices", "Pause", "recurring.window-notices");
        Assert.Equal(TriggerState.Paused, await (await SchedulerAsync()).GetTriggerState(trigger));
        var recurring = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/jobs/list/paused"));
        Assert.Contains("recurring.window-notices", recurring, StringComparison.Ordinal);

        await PostAsync(client, "/admin/jobs/job/recurring.window-notices", "Resume", "recurring.window-notices");
        Assert.Equal(TriggerState.Normal, await (await SchedulerAsync()).GetTriggerState(trigger));
        await AssertAuditedAsync("Pause", "recurring.window-notices", "Done");
        await AssertAuditedAsync("Resume", "recurring.window-notices", "Done");
    }

    [Fact]
    public async Task Delete_RemovesJob_WhenConfirmed()
    {
        using var client = await JobsSite.SignedInAsync(_factory, Operator);

        await PostAsync(client, "/admin/jobs/job/recurring.history-cleanup", "Delete", "recurring.history-cleanup");

        Assert.False(await (await SchedulerAsync()).Exists(new JobKey("history-cleanup", "recurring")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/jobs/job/recurring.history-cleanup")).StatusCode);
        await AssertAuditedAsync("Delete", "recurring.history-cleanup", "Done");
    }

    [Fact]
    public async Task Delete_RemovesJob_WhenOneOfItsTriggersGoesAwayWhileQuartzDeletesIt()
    {
        var scheduler = await SchedulerAsync();
        var key = new JobKey("delete-race", "recurring");
        await scheduler.AddJob(JobBuilder.Create<IdleJob>().WithIdentity(key).StoreDurably().Build(), AddJobOptions.Replacing);
        var first = TriggerBuilder.Create().WithIdentity("delete-race-1", "recurring").ForJob(key).StartAt(DateTimeOffset.UtcNow.AddDays(1)).Build();
        var second = TriggerBuilder.Create().WithIdentity("delete-race-2", "recurring").ForJob(key).StartAt(DateTimeOffset.UtcNow.AddDays(1)).Build();
        await scheduler.ScheduleJob(first);
        await scheduler.ScheduleJob(second);

        // As a "run now" trigger finishing does: when Quartz has unscheduled one of the triggers it listed, the other is gone.
        var vanishing = new VanishingTrigger(key);
        scheduler.ListenerManager.AddSchedulerListener(vanishing);
        JobActionResult result;
        try
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            result = await scope.ServiceProvider.GetRequiredService<JobsDashboardActions>().RunAsync(JobAction.Delete, key, "ops-race", Operator, CancellationToken.None);
        }
        finally
        {
            scheduler.ListenerManager.RemoveSchedulerListener(vanishing.Name);
        }

        Assert.True(vanishing.Removed, "The listener did not remove the second trigger, so there was no race to survive.");
        Assert.Equal(JobActionResult.Done, result);
        Assert.False(await scheduler.Exists(key));
        await AssertAuditedAsync("Delete", "recurring.delete-race", "Done");
    }

    [Fact]
    public async Task RetryNow_RefundsDeclinedRefundWithOnePayout_WhenOperatorRetries()
    {
        using var partner = await JobsSite.SignedInAsync(_factory, "admin@contoso.example");
        _factory.Services.GetRequiredService<PaymentFaultPlan>().Enqueue(PaymentFault.Declined);
        await JobsSite.CancelAsync(_factory, "CT-1001");
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Failed");
        using var client = await JobsSite.SignedInAsync(_factory, Operator);
        var detail = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/jobs/job/refunds.RF-CT-1001"));
        Assert.Contains("instrument_closed", detail, StringComparison.Ordinal);
        Assert.Contains("$1,765.00", detail, StringComparison.Ordinal);

        var message = await PostAsync(client, "/admin/jobs/job/refunds.RF-CT-1001", "RetryNow", "refunds.RF-CT-1001");

        Assert.Contains("Retry now refunds.RF-CT-1001: done.", message, StringComparison.Ordinal);
        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");
        Assert.Equal(1, await JobsSite.PayoutsAsync(_factory, "RF-CT-1001"));
        await AssertAuditedAsync("RetryNow", "refunds.RF-CT-1001", "Done");
    }

    [Fact]
    public async Task Post_ChangesNothing_WhenNotConfirmed()
    {
        using var client = await JobsSite.SignedInAsync(_factory, Operator);

        var message = await PostAsync(client, "/admin/jobs/recurring", "Pause", "recurring.reconciliation", confirm: false);

        Assert.Contains("Nothing was changed: please confirm the action.", message, StringComparison.Ordinal);
        Assert.Equal(TriggerState.Normal, await (await SchedulerAsync()).GetTriggerState(new TriggerKey("reconciliation", "recurring")));
        Assert.False(await AuditedAsync("Pause", "recurring.reconciliation"));
    }

    [Theory]
    [InlineData("/admin/jobs/recurring", "Delete", "recurring.reconciliation")]
    [InlineData("/admin/jobs/recurring", "Explode", "recurring.reconciliation")]
    [InlineData("/admin/jobs/job/recurring.reconciliation", "Pause", "elsewhere.reconciliation")]
    public async Task Post_ChangesNothing_WhenActionOrJobIsNotValidThere(string page, string action, string key)
    {
        using var client = await JobsSite.SignedInAsync(_factory, Operator);

        var message = await PostAsync(client, page, action, key);

        Assert.Contains("Nothing was changed: that action is not available here.", message, StringComparison.Ordinal);
        Assert.True(await (await SchedulerAsync()).Exists(new JobKey("reconciliation", "recurring")));
        Assert.False(await AuditedAsync(action, key));
    }

    [Fact]
    public async Task Post_IsRejected_WithoutAntiforgeryToken()
    {
        using var client = await JobsSite.SignedInAsync(_factory, Operator);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "Delete", ["key"] = "recurring.reconciliation", ["confirm"] = "true" });

        using var response = await client.PostAsync("/admin/jobs/job/recurring.reconciliation", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await (await SchedulerAsync()).Exists(new JobKey("reconciliation", "recurring")));
    }

    [Fact]
    public async Task Post_IsForbidden_WhenSignedInWithoutOperatorRole()
    {
        using var client = await JobsSite.SignedInAsync(_factory, "admin@contoso.example");
        var token = await SiteSignIn.AntiforgeryTokenAsync(client, "/en/account/sign-in");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "Delete", ["key"] = "recurring.reconciliation", ["confirm"] = "true", ["__RequestVerificationToken"] = token });

        using var response = await client.PostAsync("/admin/jobs/job/recurring.reconciliation", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await (await SchedulerAsync()).Exists(new JobKey("reconciliation", "recurring")));
    }

    /// <summary>Posts an action form the way the page does (antiforgery token from the page), follows the redirect, returns the page text.</summary>
    internal static async Task<string> PostAsync(HttpClient client, string page, string action, string key, bool confirm = true)
    {
        var token = ActionFormToken(await client.GetStringAsync(page));
        var fields = new Dictionary<string, string> { ["action"] = action, ["key"] = key, ["__RequestVerificationToken"] = token };
        if (confirm)
        {
            fields["confirm"] = "true";
        }

        using var form = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(page, form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
    }

    /// <summary>The antiforgery token inside the page's first action form (not the layout's sign-out form).</summary>
    private static string ActionFormToken(string html)
    {
        var form = html.IndexOf("class=\"jobs-action\"", StringComparison.Ordinal);
        Assert.True(form >= 0, "The page has no action form.");
        var end = html.IndexOf("</form>", form, StringComparison.Ordinal);
        var match = System.Text.RegularExpressions.Regex.Match(html[form..end], "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "The action form carries no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Unschedules the job's other trigger the first time Quartz reports one of the job's triggers unscheduled.</summary>
    private sealed class VanishingTrigger(JobKey job) : ISchedulerListener
    {
        public string Name => "test-vanishing-trigger";

        public bool Removed { get; private set; }

        public async ValueTask JobUnscheduled(IScheduler scheduler, TriggerKey triggerKey, CancellationToken cancellationToken = default)
        {
            if (Removed || triggerKey.Group != job.Group || !triggerKey.Name.StartsWith(job.Name, StringComparison.Ordinal))
            {
                return;
            }

            Removed = true;
            foreach (var other in await scheduler.GetTriggersOfJob(job, cancellationToken))
            {
                await scheduler.UnscheduleJob(other.Key, cancellationToken);
            }
        }
    }

    /// <summary>A job that is never meant to run: its triggers start tomorrow.</summary>
    private sealed class IdleJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private async Task<IScheduler> SchedulerAsync() => await _factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    private async Task<bool> AuditedAsync(string action, string target, string? outcome = null)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>().JobAuditLog
            .AnyAsync(a => a.Action == action && a.Target == target && (outcome == null || a.Outcome == outcome) && a.ActorName == Operator);
    }

    private async Task AssertAuditedAsync(string action, string target, string outcome) =>
        Assert.True(await AuditedAsync(action, target, outcome), $"No audit row for {action} {target} {outcome}.");
}

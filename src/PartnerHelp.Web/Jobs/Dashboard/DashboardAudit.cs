using System.Security.Claims;
using System.Text.RegularExpressions;
using Hangfire;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Engine;

namespace PartnerHelp.Web.Jobs.Dashboard;

/// <summary>
/// Writes every operator command posted to the dashboard to the audit log: Hangfire's own buttons (requeue, delete,
/// enqueue now, trigger and remove recurring jobs) as well as PartnerHelp's (retry a refund, pause or resume a recurring
/// job), with who, what, on which jobs and how it went. Runs in the dashboard's own pipeline, after authorization; a
/// command the dashboard refused (4xx) is not written, as it changed nothing.
/// </summary>
internal sealed partial class DashboardAudit(RequestDelegate next)
{
    /// <summary>The key under which a PartnerHelp command leaves its outcome (and optional detail) for the audit row.</summary>
    public const string OutcomeItem = "partnerhelp:audit-outcome";

    /// <summary>The key under which a command leaves a detail for the audit row.</summary>
    public const string DetailItem = "partnerhelp:audit-detail";

    /// <summary>Records the command, if the request is one.</summary>
    public async Task InvokeAsync(HttpContext context, PartnerHelpDbContext db, JobStorage storage, TimeProvider time)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || Describe(context.Request.Path.Value) is not { } command)
        {
            await next(context);
            return;
        }

        IReadOnlyList<string> targets = command.Target is { } single
            ? [single]
            : context.Request.HasFormContentType ? (await context.Request.ReadFormAsync(context.RequestAborted))["jobs[]"].OfType<string>().Take(100).ToList() : [];
        await next(context);

        // A command refused before it ran (no antiforgery token, an unknown refund or job) changed nothing and is not an action.
        var status = context.Response.StatusCode;
        if (status is >= 300 and < 500)
        {
            return;
        }

        var outcome = context.Items.TryGetValue(OutcomeItem, out var given) && given is string named ? named : status < 300 ? "Done" : "Error";
        var detail = context.Items.TryGetValue(DetailItem, out var note) ? note as string : null;
        var actorId = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        var actorName = context.User.Identity?.Name ?? actorId;
        foreach (var target in targets.DefaultIfEmpty("—"))
        {
            var (subject, about) = command.JobIds ? Subject(storage, target) : (target, null);
            db.JobAuditLog.Add(new JobAuditEntry
            {
                At = time.GetUtcNow(),
                ActorId = actorId,
                ActorName = actorName,
                Action = command.Action,
                Target = Cut(subject, 320),
                Outcome = outcome,
                Detail = Cut(string.Join("; ", new[] { about, detail }.Where(d => !string.IsNullOrEmpty(d))), 2000) is { Length: > 0 } d ? d : null,
            });
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>What a posted dashboard path does, or null when it is not a command (the live counters' <c>/stats</c>).</summary>
    internal static Command? Describe(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (JobCommand().Match(path) is { Success: true } job)
        {
            return new Command(Capitalized(job.Groups["verb"].Value), job.Groups["id"].Success ? job.Groups["id"].Value : null, JobIds: true);
        }

        if (RecurringCommand().Match(path) is { Success: true } recurring)
        {
            return new Command(recurring.Groups["verb"].Value == "trigger" ? "TriggerRecurring" : "RemoveRecurring", null, JobIds: false);
        }

        if (OwnCommand().Match(path) is { Success: true } own)
        {
            var action = own.Groups["verb"].Value switch
            {
                "retry" => "RetryRefund",
                "pause" => "PauseRecurring",
                _ => "ResumeRecurring",
            };
            return new Command(action, Uri.UnescapeDataString(own.Groups["id"].Value), JobIds: false);
        }

        return null;
    }

    /// <summary>A refund job's refund id (its actions show on the refund's page), otherwise "job N"; with the job named.</summary>
    private static (string Subject, string? About) Subject(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        var kind = JobKind.Of(connection.GetJobData(jobId)?.Job, connection.GetJobParameter(jobId, "RecurringJobId"));
        return kind.IsRefund ? (kind.Name, $"Hangfire job {jobId}") : ($"job {jobId}", kind.Name);
    }

    private static string Capitalized(string verb) => verb switch
    {
        "requeue" => "Requeue",
        "delete" => "Delete",
        _ => "EnqueueNow",
    };

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;

    [GeneratedRegex(@"^/jobs/(?:(?:enqueued|processing|scheduled|succeeded|failed|deleted|awaiting)/(?<verb>requeue|delete|enqueue)|actions/(?<verb>requeue|delete)/(?<id>[^/]+))$")]
    private static partial Regex JobCommand();

    [GeneratedRegex("^/recurring/(?<verb>trigger|remove)$")]
    private static partial Regex RecurringCommand();

    [GeneratedRegex("^(?:/refunds/(?<id>[^/]+)/(?<verb>retry)|/schedules/(?<id>[^/]+)/(?<verb>pause|resume))$")]
    private static partial Regex OwnCommand();

    /// <summary>A command: its audit action, the one target named in the path (else the form's <c>jobs[]</c>), whether targets are Hangfire job ids.</summary>
    internal sealed record Command(string Action, string? Target, bool JobIds);
}

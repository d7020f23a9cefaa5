using System.Security.Claims;
using Hangfire.Dashboard;
using PartnerHelp.Jobs.Operators;
using PartnerHelp.Jobs.Recurring;

namespace PartnerHelp.Web.Jobs.Dashboard;

/// <summary>
/// The commands of PartnerHelp's dashboard pages, posted by Hangfire's script with the antiforgery token. Each leaves
/// its outcome for <see cref="DashboardAudit"/>; an unknown refund or recurring job answers 422 and changes nothing.
/// </summary>
internal static class OperatorCommands
{
    /// <summary>The refund-aware retry: through the refund's state machine, then a payment run under the same idempotency key.</summary>
    public static bool RetryRefund(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var retries = http.RequestServices.GetRequiredService<RefundRetries>();
        var result = retries.RetryAsync(context.UriMatch.Groups["id"].Value, ActorName(http), enqueue: true, CancellationToken.None).GetAwaiter().GetResult();
        http.Items[DashboardAudit.OutcomeItem] = result.ToString();
        return result != RefundRetryResult.NotFound;
    }

    /// <summary>Pauses (or, with <paramref name="pause"/> false, resumes) a recurring job Hangfire knows.</summary>
    public static bool PauseOrResume(DashboardContext context, bool pause)
    {
        var http = context.GetHttpContext();
        var id = context.UriMatch.Groups["id"].Value;
        if (!http.RequestServices.GetRequiredService<OperatorViews>().IsRecurringJob(id))
        {
            return false;
        }

        var pauses = http.RequestServices.GetRequiredService<RecurringPauses>();
        var changed = pause
            ? pauses.PauseAsync(id, ActorName(http), CancellationToken.None).GetAwaiter().GetResult()
            : pauses.ResumeAsync(id, CancellationToken.None).GetAwaiter().GetResult();
        http.Items[DashboardAudit.OutcomeItem] = changed ? "Done" : pause ? "AlreadyPaused" : "NotPaused";
        return true;
    }

    private static string ActorName(HttpContext http) =>
        http.User.Identity?.Name ?? http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "operator";
}

namespace PartnerHelp.Web.Jobs.Dashboard;

/// <summary>
/// The routes of the dashboard PartnerHelp had before Hangfire's, answered with a permanent redirect to where the same
/// thing lives now (bookmarks and links in old alerts keep working); anything else under the dashboard is a 404.
/// </summary>
internal sealed class LegacyDashboardRoutes(RequestDelegate next)
{
    private static readonly Dictionary<string, string> Lists = new(StringComparer.OrdinalIgnoreCase)
    {
        ["scheduled"] = "/jobs/scheduled",
        ["running"] = "/jobs/processing",
        ["retrying"] = "/retries",
        ["succeeded"] = "/jobs/succeeded",
        ["failed"] = "/jobs/failed",
        ["recurring"] = "/recurring",
        ["paused"] = SchedulesPage.Route,
    };

    /// <summary>Redirects a legacy path; passes anything else on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var segments = (context.Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var target = segments switch
        {
            ["list", var state] when Lists.TryGetValue(state, out var list) => list,
            ["job", var key] when key.Split('.', 2) is [("refunds" or "refund-status"), var refund] && refund.Length > 0 => RefundPage.PathOf(refund),
            ["job", var key] when key.StartsWith("recurring.", StringComparison.Ordinal) => "/recurring",
            _ => null,
        };
        if (target is null || !HttpMethods.IsGet(context.Request.Method))
        {
            return next(context);
        }

        context.Response.Redirect(context.Request.PathBase + target, permanent: true);
        return Task.CompletedTask;
    }
}

using PartnerHelp.Jobs.Dashboard;

namespace PartnerHelp.Web.Jobs;

/// <summary>The live graph's feed: succeeded and failed runs per 5 seconds over the last 5 minutes, plus the counters.</summary>
public static class JobsStatsEndpoint
{
    /// <summary>Width of one live bucket.</summary>
    public static readonly TimeSpan Bucket = TimeSpan.FromSeconds(5);

    /// <summary>How far back the live graph reaches.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>GET /admin/jobs/stats.</summary>
    public static async Task<IResult> GetAsync(JobsDashboard dashboard, TimeProvider time, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var points = await dashboard.StatsAsync(time.GetUtcNow() - Window, Bucket, cancellationToken);
        var counters = await dashboard.CountersAsync(cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new
        {
            points = points.Select(p => new { t = p.Start, s = p.Succeeded, f = p.Failed }),
            counters = Enum.GetValues<JobListState>().ToDictionary(s => s.ToString(), counters.Of),
        });
    }
}

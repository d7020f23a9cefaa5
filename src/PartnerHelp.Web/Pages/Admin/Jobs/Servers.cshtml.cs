using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PartnerHelp.Jobs;
using PartnerHelp.Jobs.Dashboard;

namespace PartnerHelp.Web.Pages.Admin.Jobs;

/// <summary>
/// Scheduler instances from their own heartbeat rows (works on SQLite too): heartbeat and its age, Quartz's view of
/// each node's cluster check-in, and what each runs right now.
/// </summary>
public sealed class ServersModel(JobsDashboard dashboard, IOptions<JobsOptions> options) : PageModel
{
    public IReadOnlyList<ServerView> Servers { get; private set; } = [];

    /// <summary>Whether this node runs clustered (the page then explains when a node's work is taken over).</summary>
    public bool Clustered => options.Value.Clustered;

    /// <summary>How often nodes check in with the cluster.</summary>
    public TimeSpan CheckinInterval => options.Value.ClusterCheckinInterval;

    /// <summary>How late a check-in may be before the node counts as failed.</summary>
    public TimeSpan CheckinMisfireThreshold => options.Value.ClusterCheckinMisfireThreshold;

    /// <summary>Lists the instances.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Servers = await dashboard.ServersAsync(cancellationToken);
}

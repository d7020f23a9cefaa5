using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Jobs.Dashboard;

namespace PartnerHelp.Web.Pages.Admin.Jobs;

/// <summary>Scheduler instances from their own heartbeat rows (works on SQLite too), with what each runs.</summary>
public sealed class ServersModel(JobsDashboard dashboard) : PageModel
{
    public IReadOnlyList<ServerView> Servers { get; private set; } = [];

    /// <summary>Lists the instances.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Servers = await dashboard.ServersAsync(cancellationToken);
}

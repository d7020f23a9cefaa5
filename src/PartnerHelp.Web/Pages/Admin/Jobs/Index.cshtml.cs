using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Jobs.Dashboard;

namespace PartnerHelp.Web.Pages.Admin.Jobs;

/// <summary>The dashboard overview: counters, live graph, 24 h and 7 d history, alerts and recent operator actions.</summary>
public sealed class IndexModel(JobsDashboard dashboard, TimeProvider time) : PageModel
{
    public JobCounters Counters { get; private set; } = new(0, 0, 0, 0, 0, 0, 0);

    public IReadOnlyList<StatsPoint> Day { get; private set; } = [];

    public IReadOnlyList<StatsPoint> Week { get; private set; } = [];

    public IReadOnlyList<AlertView> Alerts { get; private set; } = [];

    public IReadOnlyList<AuditView> Audit { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Message { get; set; }

    /// <summary>Reads everything the overview shows.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Counters = await dashboard.CountersAsync(cancellationToken);
        Day = await dashboard.StatsAsync(now.AddHours(-23), TimeSpan.FromHours(1), cancellationToken);
        Week = await dashboard.StatsAsync(now.AddDays(-6), TimeSpan.FromDays(1), cancellationToken);
        Alerts = await dashboard.AlertsAsync(cancellationToken);
        Audit = await dashboard.AuditAsync(null, 10, cancellationToken);
    }
}

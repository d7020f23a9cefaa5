using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Jobs.Dashboard;
using PartnerHelp.Web.Jobs;

namespace PartnerHelp.Web.Pages.Admin.Jobs;

/// <summary>Recurring jobs: cron, time zone, next and last run, last outcome; trigger now, pause, resume.</summary>
public sealed class RecurringModel(JobsDashboard dashboard, JobsPageActions actions) : PageModel
{
    private static readonly JobAction[] Allowed = [JobAction.TriggerNow, JobAction.Pause, JobAction.Resume];

    public IReadOnlyList<RecurringView> Jobs { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>Lists the recurring jobs.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Jobs = await dashboard.RecurringAsync(cancellationToken);

    /// <summary>Runs a confirmed action on a recurring job.</summary>
    public async Task<IActionResult> OnPostAsync(string? key, string? action, string? confirm, CancellationToken cancellationToken)
    {
        Message = await actions.RunAsync(User, action, key, confirm == "true", Allowed, cancellationToken);
        return RedirectToPage();
    }
}

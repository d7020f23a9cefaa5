using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Jobs.Dashboard;
using PartnerHelp.Jobs.Scheduling;
using PartnerHelp.Web.Jobs;

namespace PartnerHelp.Web.Pages.Admin.Jobs;

/// <summary>A job's data, triggers, retry schedule, every attempt with its full exception, and the operator actions.</summary>
public sealed class JobModel(JobsDashboard dashboard, JobsPageActions actions) : PageModel
{
    private static readonly JobAction[] Allowed = [JobAction.RetryNow, JobAction.TriggerNow, JobAction.Pause, JobAction.Resume, JobAction.Delete, JobAction.Interrupt];

    public JobDetailView Job { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    /// <summary>Shows the job; an unknown key is a 404.</summary>
    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (!JobKeys.TryParse(key, out var jobKey) || await dashboard.DetailAsync(jobKey, cancellationToken) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        return Page();
    }

    /// <summary>Runs a confirmed action (antiforgery-checked by Razor Pages), then shows the job again with the outcome.</summary>
    public async Task<IActionResult> OnPostAsync([FromRoute] string key, [FromForm(Name = "key")] string? postedKey, string? action, string? confirm, CancellationToken cancellationToken)
    {
        // The page acts on the job in its URL only; a form naming another job is not this page's.
        Message = await actions.RunAsync(User, action, postedKey == key ? key : null, confirm == "true", Allowed, cancellationToken);
        return action == nameof(JobAction.Delete) && JobKeys.TryParse(key, out var jobKey) && await dashboard.DetailAsync(jobKey, cancellationToken) is null
            ? RedirectToPage("Index")
            : RedirectToPage(new { key });
    }
}

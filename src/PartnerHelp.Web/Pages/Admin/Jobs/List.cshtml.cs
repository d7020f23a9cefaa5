using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Jobs.Dashboard;

namespace PartnerHelp.Web.Pages.Admin.Jobs;

/// <summary>One job list (scheduled, running, retrying, succeeded, failed, recurring, paused), newest first, paged and searchable.</summary>
public sealed class ListModel(JobsDashboard dashboard) : PageModel
{
    /// <summary>Longest search accepted; anything longer is not a job, order or refund id.</summary>
    public const int MaxSearchLength = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    // Read from the query string by hand: model binding would take "page" from the route values, where Razor Pages
    // keeps the page's own name, so every page number was ignored.
    public int PageNumber { get; private set; } = 1;

    public JobPage Jobs { get; private set; } = new(JobListState.Scheduled, null, 1, JobsDashboard.PageSize, [], false);

    /// <summary>Reads the page; an unknown state is a 404.</summary>
    public async Task<IActionResult> OnGetAsync(string state, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<JobListState>(state, ignoreCase: true, out var list) || !Enum.IsDefined(list) || int.TryParse(state, out _))
        {
            return NotFound();
        }

        if (Search is { Length: > MaxSearchLength })
        {
            Search = Search[..MaxSearchLength];
        }

        PageNumber = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page)
            ? Math.Clamp(page, 1, 10_000)
            : 1;
        Jobs = await dashboard.ListAsync(list, Search, PageNumber, cancellationToken);
        return Page();
    }

    /// <summary>The link to another page of the same list and search.</summary>
    public string PageLink(int page) =>
        Url.Content($"~/admin/jobs/list/{Jobs.State.ToString().ToLowerInvariant()}") + QueryString.Create(new Dictionary<string, string?> { ["q"] = Jobs.Search, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}

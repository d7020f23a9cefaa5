using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Jobs.Dashboard;

namespace PartnerHelp.Web.Pages.Admin.Jobs;

/// <summary>The refunds board: by state, age against the 30-day promise, totals per currency.</summary>
public sealed class RefundsModel(JobsDashboard dashboard) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    // Read from the query string by hand: model binding would take "page" from the route values, where
    // Razor Pages keeps the page's own name.
    public int PageNumber { get; private set; } = 1;

    public RefundBoard Board { get; private set; } = new([], [], new Dictionary<string, int>());

    /// <summary>Reads the board; an unknown state filter shows everything.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<RefundStatus>(Status, ignoreCase: true, out var status) || !Enum.IsDefined(status) || int.TryParse(Status, out _))
        {
            Status = null;
        }
        else
        {
            Status = status.ToString();
        }

        PageNumber = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page)
            ? Math.Clamp(page, 1, 100_000)
            : 1;
        Board = await dashboard.RefundsAsync(Status, PageNumber, cancellationToken);
    }

    /// <summary>The board's URL for <paramref name="page"/>, keeping the state filter.</summary>
    public string PageLink(int page) =>
        Url.Content("~/admin/jobs/refunds")
        + (Status is null ? QueryString.Empty : QueryString.Create("status", Status))
        + QueryString.Create("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

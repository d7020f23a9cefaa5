using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Pages.Subscriptions;

/// <summary>The reconciliation file: the partner's invoice credit lines as CSV (machine-readable, so culture-invariant).</summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
public sealed class CreditsCsvModel(CspSubscriptionService subscriptions) : PageModel
{
    /// <summary>Sends the file.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var lines = await subscriptions.CreditLinesAsync(User.ToRequester(), cancellationToken);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CspSubscriptionService.ToCsv(lines))).ToArray();
        return File(bytes, "text/csv; charset=utf-8", "credits.csv");
    }
}

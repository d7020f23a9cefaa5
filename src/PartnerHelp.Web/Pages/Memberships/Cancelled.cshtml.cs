using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Refunds;

namespace PartnerHelp.Web.Pages.Memberships;

/// <summary>The confirmation after a cancellation, with the refund's progress (updated live by js/refund-progress.js).</summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
public sealed class CancelledModel(PartnerOrders orders, RefundProgressText progress) : PageModel
{
    /// <summary>The cancelled order.</summary>
    public OrderView View { get; private set; } = null!;

    /// <summary>Its refund, in words.</summary>
    public RefundProgress Progress { get; private set; } = null!;

    /// <summary>Shows the confirmation; an order that is not cancelled has nothing to confirm (404).</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var view = await orders.FindAsync(id, User.ToRequester(), cancellationToken);
        if (view?.Refund is not { } refund)
        {
            return NotFound();
        }

        View = view;
        Progress = progress.Describe(refund);
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Web.Accounts;
using PartnerHelp.Web.Refunds;

namespace PartnerHelp.Web.Pages.Orders;

/// <summary>One order: its facts, what can be done with it and, once cancelled, the refund timeline.</summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
public sealed class DetailModel(PartnerOrders orders, RefundProgressText progress) : PageModel
{
    /// <summary>The order and the decision for this user.</summary>
    public OrderView View { get; private set; } = null!;

    /// <summary>The refund in words, once there is one.</summary>
    public RefundProgress? Progress { get; private set; }

    /// <summary>Loads the order; another partner's or an unknown order is a 404.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var view = await orders.FindAsync(id, User.ToRequester(), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Progress = view.Refund is { } refund ? progress.Describe(refund) : null;
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Pages.Memberships;

/// <summary>The "Membership offers" workspace: the partner's orders, each with its Cancel order button or the reasons it is off.</summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
public sealed class IndexModel(PartnerOrders orders) : PageModel
{
    /// <summary>The partner's orders, newest first.</summary>
    public IReadOnlyList<OrderView> Orders { get; private set; } = [];

    /// <summary>Loads the orders with their decisions for the signed-in user.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Orders = await orders.ListAsync(User.ToRequester(), cancellationToken);
}

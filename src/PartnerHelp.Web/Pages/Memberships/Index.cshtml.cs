using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Pages.Memberships;

/// <summary>The "Membership offers" workspace: the partner's orders, each with its Cancel order button or the reasons it is off.</summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
[OutputCache(PolicyName = OutputCachePolicies.PartnerPage)]
public sealed class IndexModel(PartnerOrders orders, PartnerNotificationFeed notifications) : PageModel
{
    /// <summary>How many of the latest notifications the page shows.</summary>
    public const int NotificationCount = 5;

    /// <summary>The partner's orders, newest first.</summary>
    public IReadOnlyList<OrderView> Orders { get; private set; } = [];

    /// <summary>The partner's latest in-app notifications (refund completed, window closing), newest first.</summary>
    public IReadOnlyList<PartnerNotificationView> Notifications { get; private set; } = [];

    /// <summary>Loads the orders with their decisions for the signed-in user, and the latest notifications.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var requester = User.ToRequester();
        Orders = await orders.ListAsync(requester, cancellationToken);
        Notifications = await notifications.LatestAsync(requester, NotificationCount, NotificationKinds.Membership, cancellationToken);
    }
}

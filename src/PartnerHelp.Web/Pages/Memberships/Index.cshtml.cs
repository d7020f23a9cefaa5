using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Pages.Memberships;

/// <summary>
/// The "Membership offers" workspace: a page of the partner's orders, each with its Cancel order button or the reasons it
/// is off, and a pager. A <c>page</c> that is not a page of the list (not a whole number, 0, negative, past the last)
/// shows the nearest page that is, with a notice saying so; nothing else depends on it.
/// </summary>
[Authorize(Policy = AccessPolicies.PartnerMember)]
public sealed class IndexModel(PartnerOrders orders, PartnerNotificationFeed notifications) : PageModel
{
    /// <summary>How many of the latest notifications the page shows.</summary>
    public const int NotificationCount = 5;

    /// <summary>
    /// Orders on a page: a partner's year of orders fits in a few pages, a page stays short enough to scan on a phone, and a
    /// first view renders 20 cards instead of every order (docs/performance.md, "Pages: the memberships list paged").
    /// </summary>
    public const int PageSize = 20;

    /// <summary>The page of the partner's orders shown, newest first.</summary>
    public OrderPage Listing { get; private set; } = OrderPage.Empty;

    /// <summary>The partner's orders on this page, newest first.</summary>
    public IReadOnlyList<OrderView> Orders => Listing.Orders;

    /// <summary>Set when the requested page was not a page of the list, so the page shown is another one.</summary>
    public bool PageAdjusted { get; private set; }

    /// <summary>The partner's latest in-app notifications (refund completed, window closing), newest first.</summary>
    public IReadOnlyList<PartnerNotificationView> Notifications { get; private set; } = [];

    /// <summary>Loads a page of orders with their decisions for the signed-in user, and the latest notifications.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Read raw: model binding would turn "?page=" into no page at all, and "?page=1&page=2" into one of them.
        var given = Request.Query["page"];
        var wanted = given.Count == 1 ? ParsePage(given[0]) : null;
        var requester = User.ToRequester();
        Listing = await orders.PageAsync(requester, wanted ?? 1, PageSize, cancellationToken);
        PageAdjusted = given.Count > 0 && wanted != Listing.Number;
        Notifications = await notifications.LatestAsync(requester, NotificationCount, NotificationKinds.Membership, cancellationToken);
    }

    /// <summary>The page number in <paramref name="value"/> (plain digits, 1 or more), or null.</summary>
    public static int? ParsePage(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}

using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Navigation;

/// <summary>
/// The side navigation (SPEC 7 decides who sees what). A new workspace is one entry here plus its
/// <c>Nav_*</c> label in SharedResource; entries are only added once their page exists.
/// </summary>
public static class SiteNavigation
{
    /// <summary>Every entry, in display order; <see cref="NavItem.Policy"/> null means everyone.</summary>
    public static IReadOnlyList<NavItem> Items { get; } =
    [
        new("Nav_Home", string.Empty, null),
        new("Nav_RefundCriteria", "refund-criteria", null),
        new("Nav_Memberships", "memberships", AccessPolicies.PartnerMember),
        new("Nav_Subscriptions", "subscriptions", AccessPolicies.PartnerMember),
        new("Nav_Reservations", "reservations", AccessPolicies.CspAgent),
        new("Nav_CreditRequests", "credit-requests", AccessPolicies.PartnerMember),
        new("Nav_StoreOrders", "store-orders", AccessPolicies.PartnerMember),
        new("Nav_Tickets", "tickets", AccessPolicies.PartnerMember),
        new("Nav_Jobs", "/admin/jobs", AccessPolicies.Operator),
    ];

    /// <summary>The URL of <paramref name="item"/> in <paramref name="culture"/>.</summary>
    public static string Href(HttpRequest request, NavItem item, string culture)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(item);
        var path = item.Path.StartsWith('/') ? item.Path : item.Path.Length == 0 ? $"/{culture}" : $"/{culture}/{item.Path}";
        return request.PathBase + path;
    }

    /// <summary>Whether <paramref name="item"/> is the section the request is in (the home entry only on the home page).</summary>
    public static bool IsCurrent(HttpRequest request, NavItem item, string culture)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(item);
        var href = new PathString(item.Path.StartsWith('/') ? item.Path : item.Path.Length == 0 ? $"/{culture}" : $"/{culture}/{item.Path}");
        var current = request.Path;
        return item.Path.Length == 0
            ? current.Equals(href, StringComparison.OrdinalIgnoreCase) || current.Equals(href + "/", StringComparison.OrdinalIgnoreCase)
            : current.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase);
    }
}

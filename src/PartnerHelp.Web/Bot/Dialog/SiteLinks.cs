namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>Absolute links to the site's pages in one culture (SPEC 8 routes).</summary>
public sealed record SiteLinks(string Base, string Culture)
{
    private string Root => $"{Base.TrimEnd('/')}/{Culture}";

    /// <summary>The memberships workspace.</summary>
    public string Memberships => $"{Root}/memberships";

    /// <summary>The refund criteria page.</summary>
    public string Criteria => $"{Root}/refund-criteria";

    /// <summary>The credit requests workspace.</summary>
    public string CreditRequests => $"{Root}/credit-requests";

    /// <summary>The reservations workspace.</summary>
    public string Reservations => $"{Root}/reservations";

    /// <summary>The CSP subscriptions workspace.</summary>
    public string Subscriptions => $"{Root}/subscriptions";

    /// <summary>The store orders workspace.</summary>
    public string StoreOrders => $"{Root}/store-orders";

    /// <summary>The sign-in page.</summary>
    public string SignIn => $"{Root}/account/sign-in";

    /// <summary>A new support ticket, pre-filled with the order when given.</summary>
    public string NewTicket(string? orderId) =>
        orderId is null ? $"{Root}/tickets/new" : $"{Root}/tickets/new?order={Uri.EscapeDataString(orderId)}";

    /// <summary>An order's detail page.</summary>
    public string Order(string orderId) => $"{Root}/orders/{Uri.EscapeDataString(orderId)}";

    /// <summary>An order's cancel flow.</summary>
    public string Cancel(string orderId) => $"{Root}/memberships/{Uri.EscapeDataString(orderId)}/cancel";
}

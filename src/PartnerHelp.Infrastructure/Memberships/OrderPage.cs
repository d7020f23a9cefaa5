namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// One page of a partner's membership orders as one requester sees them. <see cref="Number"/> is the page actually
/// read: a requested page past the last one is read as the last page, so the caller can say so.
/// </summary>
/// <param name="Orders">The page's orders, newest first, each with its decision.</param>
/// <param name="Number">The page read, from 1.</param>
/// <param name="PageCount">How many pages the partner's orders fill (1 when there are none).</param>
/// <param name="TotalCount">How many membership orders the partner has.</param>
public sealed record OrderPage(IReadOnlyList<OrderView> Orders, int Number, int PageCount, int TotalCount)
{
    /// <summary>No orders at all (no partner, or a partner without orders).</summary>
    public static OrderPage Empty { get; } = new([], 1, 1, 0);
}

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// The statements of <see cref="PartnerOrderReads"/>, one text for SQLite and PostgreSQL (both take double-quoted names,
/// <c>@name</c> parameters and LIMIT/OFFSET). Columns come in the order <see cref="PartnerOrderRows"/> reads them.
/// </summary>
internal static class PartnerOrderSql
{
    private const string OrderColumns =
        "o.\"Id\", o.\"PartnerId\", o.\"Offer\", o.\"PurchasedAt\", o.\"Amount\", o.\"Currency\", o.\"PaymentMethod\", " +
        "o.\"PaymentInstrument\", o.\"ActivatedBenefit\", o.\"BenefitActivatedAt\", o.\"ProductKeysViewedAt\", " +
        "o.\"GoldUpgradeDiscountUsed\", o.\"Status\", o.\"CancelledAt\", o.\"CancelledBy\", o.\"CancellationReason\", " +
        "o.\"CancellationNote\", o.\"Version\"";

    private const string PartnerColumns =
        "p.\"Id\", p.\"Name\", p.\"Currency\", p.\"Status\", p.\"CspRelationship\", p.\"IsTaxExempt\"";

    private const string RefundColumns =
        "r.\"Id\", r.\"OrderId\", r.\"Subject\", r.\"PartnerId\", r.\"Amount\", r.\"Currency\", r.\"PaymentInstrument\", " +
        "r.\"Status\", r.\"RequestedAt\", r.\"ProcessingAt\", r.\"CompletedAt\", r.\"FailedAt\", r.\"FailureReason\", " +
        "r.\"ProcessorReference\", r.\"Version\"";

    private const string TransitionColumns = "t.\"Sequence\", t.\"From\", t.\"To\", t.\"At\", t.\"Actor\", t.\"Detail\"";

    private static readonly LimitedSql PageOfOrdersTexts = new(take =>
        "SELECT " + OrderColumns + ", " + RefundColumns + " FROM membership_orders AS o " +
        "LEFT JOIN refunds AS r ON r.\"OrderId\" = o.\"Id\" AND r.\"PartnerId\" = @partner " +
        "WHERE o.\"PartnerId\" = @partner ORDER BY o.\"PurchasedAt\" DESC, o.\"Id\" LIMIT " + take + " OFFSET @skip");

    private static readonly LimitedSql LatestNotificationsTexts = new(count =>
        "SELECT n.\"Kind\", CASE WHEN n.\"Kind\" = @completed AND r.\"Id\" IS NOT NULL THEN r.\"OrderId\" ELSE n.\"Subject\" END, " +
        "n.\"CreatedAt\" FROM partner_notifications AS n LEFT JOIN refunds AS r ON r.\"Id\" = n.\"Subject\" " +
        "WHERE n.\"PartnerId\" = @partner AND n.\"Kind\" IN (@k0, @k1, @k2, @k3) ORDER BY n.\"CreatedAt\" DESC LIMIT " + count);

    /// <summary>The partner and how many membership orders it has (<c>@partner</c>).</summary>
    public const string PartnerWithOrderCount =
        "SELECT " + PartnerColumns + ", (SELECT COUNT(*) FROM membership_orders AS c WHERE c.\"PartnerId\" = p.\"Id\") " +
        "FROM partners AS p WHERE p.\"Id\" = @partner";

    /// <summary>
    /// One page of <paramref name="take"/> of the partner's orders, newest first (the id breaks ties), each with its refund or
    /// nulls (<c>@partner</c>, <c>@skip</c>). The refunds are joined before the sort rather than to a subquery of the page:
    /// SQLite then sorts one list instead of two (≈ 35% less time in SQLite, docs/performance.md); the page's transitions
    /// come next, in one statement. The page size is written into the text, not bound (<see cref="LimitedSql"/>).
    /// </summary>
    public static string PageOfOrders(int take) => PageOfOrdersTexts.For(take);

    /// <summary>How many refunds one <see cref="TransitionsOfRefunds"/> statement takes (a page's worth).</summary>
    public const int TransitionSlots = 20;

    /// <summary>
    /// The transitions of up to <see cref="TransitionSlots"/> refunds (<c>@r0</c>…, unused ones null, which matches nothing),
    /// each refund's in order, its id first: one statement for a page's refunds instead of one per refund.
    /// </summary>
    public static readonly string TransitionsOfRefunds =
        "SELECT t.\"RefundId\", " + TransitionColumns + " FROM refund_transitions AS t WHERE t.\"RefundId\" IN (" +
        string.Join(", ", Enumerable.Range(0, TransitionSlots).Select(RefundSlot)) + ") ORDER BY t.\"RefundId\", t.\"Sequence\"";

    /// <summary>The name of the <paramref name="index"/>th refund parameter of <see cref="TransitionsOfRefunds"/>.</summary>
    public static string RefundSlot(int index) => $"@r{index}";

    /// <summary>The order when it belongs to the partner, with the partner, its refund and the transitions (<c>@order</c>, <c>@partner</c>).</summary>
    public const string OrderOfPartner =
        "SELECT " + OrderColumns + ", " + PartnerColumns + ", " + RefundColumns + ", " + TransitionColumns + " FROM membership_orders AS o " +
        "JOIN partners AS p ON p.\"Id\" = o.\"PartnerId\" " +
        "LEFT JOIN refunds AS r ON r.\"OrderId\" = o.\"Id\" " +
        "LEFT JOIN refund_transitions AS t ON t.\"RefundId\" = r.\"Id\" " +
        "WHERE o.\"Id\" = @order AND o.\"PartnerId\" = @partner ORDER BY t.\"Sequence\"";

    /// <summary>The tax refund claim filed for the order, if any (<c>@order</c>).</summary>
    public const string TaxClaimOfOrder =
        "SELECT \"Id\", \"OrderId\", \"PartnerId\", \"RequestedBy\", \"RequestedAt\" FROM tax_refund_claims WHERE \"OrderId\" = @order";

    /// <summary>
    /// The partner's latest notifications of up to four kinds (<c>@k0</c>–<c>@k3</c>, unused ones null, which matches
    /// nothing), newest first, <paramref name="count"/> at most (written into the text, <see cref="LimitedSql"/>); a completed
    /// refund's is resolved to its order (<c>@completed</c>).
    /// </summary>
    /// <remarks>
    /// The join is to a refund's primary key, so it adds no rows and the limit can follow it: the partner's
    /// <c>(PartnerId, CreatedAt)</c> index then yields the rows in order, where a limited subquery joined afterwards made
    /// SQLite sort its result again in a temporary B-tree on every view (docs/performance.md, branch <c>pages-cards-5</c>).
    /// </remarks>
    public static string LatestNotifications(int count) => LatestNotificationsTexts.For(count);

    /// <summary>How many columns an order takes in a row.</summary>
    public const int OrderWidth = 18;

    /// <summary>How many columns a refund takes in a row.</summary>
    public const int RefundWidth = 15;

    /// <summary>How many columns a partner takes in a row.</summary>
    public const int PartnerWidth = 6;
}

namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>Values of <see cref="PartnerNotification.Kind"/>.</summary>
public static class NotificationKinds
{
    /// <summary>The refund reached the partner's payment instrument; subject = refund id.</summary>
    public const string RefundCompleted = "RefundCompleted";

    /// <summary>The self-serve cancellation window of an order closes within 48 hours; subject = order id.</summary>
    public const string CancelWindowClosing = "CancelWindowClosing";

    /// <summary>Store items were cancelled: the confirmation e-mail went out; subject = the outbox message id (one mail per cancellation).</summary>
    public const string StoreItemsCancelled = "StoreItemsCancelled";

    /// <summary>A credit request went under review; subject = the request's reference.</summary>
    public const string CreditRequestUnderReview = "CreditRequestUnderReview";

    /// <summary>A credit request was approved; subject = the request's reference.</summary>
    public const string CreditRequestApproved = "CreditRequestApproved";

    /// <summary>A credit request was rejected; subject = the request's reference.</summary>
    public const string CreditRequestRejected = "CreditRequestRejected";

    /// <summary>The kinds about membership orders (their subject resolves to an order page).</summary>
    public static readonly IReadOnlyCollection<string> Membership = [RefundCompleted, CancelWindowClosing];

    /// <summary>The kinds about credit requests.</summary>
    public static readonly IReadOnlyCollection<string> CreditRequests = [CreditRequestUnderReview, CreditRequestApproved, CreditRequestRejected];
}

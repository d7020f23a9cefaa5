namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>Values of <see cref="PartnerNotification.Kind"/>.</summary>
public static class NotificationKinds
{
    /// <summary>The refund reached the partner's payment instrument; subject = refund id.</summary>
    public const string RefundCompleted = "RefundCompleted";

    /// <summary>The self-serve cancellation window of an order closes within 48 hours; subject = order id.</summary>
    public const string CancelWindowClosing = "CancelWindowClosing";
}

namespace PartnerHelp.Core.Refunds;

/// <summary>What a refund pays back; <see cref="Refund.OrderId"/> holds that thing's id.</summary>
public enum RefundSubject
{
    /// <summary>A cancelled membership order.</summary>
    MembershipOrder = 0,

    /// <summary>A returned Azure reservation (prorated).</summary>
    Reservation = 1,
}

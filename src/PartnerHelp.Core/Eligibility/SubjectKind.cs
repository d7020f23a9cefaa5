namespace PartnerHelp.Core.Eligibility;

/// <summary>
/// What a decision is about, so a shared reason or remedy can be worded for it ("this reservation was
/// returned", not "this order was cancelled"). Stamped on every reason by the eligibility service.
/// </summary>
public enum SubjectKind
{
    /// <summary>A membership order.</summary>
    MembershipOrder = 0,

    /// <summary>A CSP license subscription.</summary>
    CspSubscription = 1,

    /// <summary>A credit request.</summary>
    CreditRequest = 2,

    /// <summary>An Azure reservation (return or exchange).</summary>
    Reservation = 3,

    /// <summary>An item of a store order or pre-order.</summary>
    StoreOrderItem = 4,

    /// <summary>A tax refund request.</summary>
    TaxRefund = 5,
}

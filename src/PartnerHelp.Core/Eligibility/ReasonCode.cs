namespace PartnerHelp.Core.Eligibility;

/// <summary>
/// Stable codes for every rule that can fail. They are part of the public contract (JSON API, bot,
/// pages): never renumber or rename one.
/// </summary>
public enum ReasonCode
{
    /// <summary>Purchased more than 30 days ago.</summary>
    PurchaseWindowExpired = 1,

    /// <summary>A benefit was activated, used or redeemed.</summary>
    BenefitsActivated = 2,

    /// <summary>Product keys were viewed.</summary>
    ProductKeysViewed = 3,

    /// <summary>A Silver order upgraded to Gold with the 25% discount.</summary>
    UpgradedWithGoldDiscount = 4,

    /// <summary>Not paid by credit card: self-serve is not possible.</summary>
    PaymentNotCreditCard = 5,

    /// <summary>The partner account is suspended.</summary>
    AccountSuspended = 6,

    /// <summary>The user does not hold the MPN admin role for the order's partner.</summary>
    NotMpnAdmin = 7,

    /// <summary>The order is already cancelled.</summary>
    AlreadyCancelled = 8,

    /// <summary>More than a year since purchase: no tax refund.</summary>
    TaxRefundWindowExpired = 9,
}

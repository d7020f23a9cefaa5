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

    /// <summary>A CSP subscription is past its 30-day cancellation window (it can still be suspended for a prorated credit).</summary>
    SubscriptionCancelWindowExpired = 10,

    /// <summary>The subscription's term has ended: nothing is left to credit.</summary>
    SubscriptionTermEnded = 11,

    /// <summary>A credit request arrived after the last day of the calendar month after the incident.</summary>
    CreditRequestDeadlinePassed = 12,

    /// <summary>The filled credit request form is missing.</summary>
    CreditRequestFormMissing = 13,

    /// <summary>The end customer's written request is missing.</summary>
    CustomerWrittenRequestMissing = 14,

    /// <summary>Only the CSP partner (direct-bill or indirect provider) may file; not an end customer or indirect reseller.</summary>
    NotCspProviderPartner = 15,

    /// <summary>Azure service credits (SLA) have their own route.</summary>
    AzureServiceCreditElsewhere = 16,

    /// <summary>A date that lies in the future where only the past makes sense.</summary>
    DateInFuture = 17,

    /// <summary>The user does not hold a CSP agent role (Admin, Helpdesk, Sales agent or User management admin).</summary>
    NotCspAgent = 18,

    /// <summary>The reservation has expired.</summary>
    ReservationExpired = 19,

    /// <summary>An exchange must be for the same reservation type.</summary>
    ExchangeTypeMismatch = 20,

    /// <summary>The new purchase must cost more than the prorated amount returned.</summary>
    ExchangeNotHigherValue = 21,

    /// <summary>The store item has been charged: ask for an exchange or refund instead.</summary>
    StoreItemCharged = 22,

    /// <summary>The store item has shipped.</summary>
    StoreItemShipped = 23,

    /// <summary>The partner is not tax-exempt.</summary>
    NotTaxExempt = 24,
}

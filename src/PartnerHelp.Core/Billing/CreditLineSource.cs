namespace PartnerHelp.Core.Billing;

/// <summary>Why a credit appears on an invoice.</summary>
public enum CreditLineSource
{
    /// <summary>A CSP subscription cancelled within 30 days: the full price.</summary>
    SubscriptionCancelled = 0,

    /// <summary>A CSP subscription suspended in months 2–12: the prorated unused part.</summary>
    SubscriptionSuspended = 1,
}

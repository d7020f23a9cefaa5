namespace PartnerHelp.Core.Subscriptions;

/// <summary>Life-cycle of a CSP license subscription.</summary>
public enum SubscriptionStatus
{
    /// <summary>In force.</summary>
    Active = 0,

    /// <summary>Cancelled within 30 days: refunded in full.</summary>
    Cancelled = 1,

    /// <summary>Suspended in months 2–12: the unused part is credited.</summary>
    Suspended = 2,
}

namespace PartnerHelp.Core.Reservations;

/// <summary>How a customer buys Azure; only CSP (Azure plan) customers' reservations are managed here.</summary>
public enum CustomerSubscriptionType
{
    /// <summary>Azure plan through CSP.</summary>
    AzurePlan = 0,

    /// <summary>An Enterprise Agreement: managed in the EA portal.</summary>
    EnterpriseAgreement = 1,

    /// <summary>Pay-as-you-go bought directly: managed in the Azure portal.</summary>
    PayAsYouGo = 2,
}

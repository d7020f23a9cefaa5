namespace PartnerHelp.Core.Memberships;

/// <summary>Benefits that come with a membership offer; activating any of them ends refund eligibility.</summary>
public enum MembershipBenefit
{
    /// <summary>Azure credits.</summary>
    AzureCredits = 0,

    /// <summary>Visual Studio subscriptions.</summary>
    VisualStudioSubscriptions = 1,

    /// <summary>Microsoft 365 licenses for internal use.</summary>
    InternalUseLicenses = 2,

    /// <summary>Technical presales and deployment services.</summary>
    TechnicalServices = 3,

    /// <summary>Product support incidents.</summary>
    SupportIncidents = 4,
}

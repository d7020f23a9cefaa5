namespace PartnerHelp.Core.CreditRequests;

/// <summary>What a credit request is about.</summary>
public enum CreditCategory
{
    /// <summary>License or billing error on the partner's invoice.</summary>
    LicenseBilling = 0,

    /// <summary>A service incident affecting the customer's licenses.</summary>
    ServiceIncident = 1,

    /// <summary>An Azure SLA service credit: filed through Azure support, not here.</summary>
    AzureServiceCredit = 2,
}

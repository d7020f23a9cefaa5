namespace PartnerHelp.Core.Partners;

/// <summary>How a partner takes part in the Cloud Solution Provider program.</summary>
public enum CspRelationship
{
    /// <summary>Not a CSP partner.</summary>
    None = 0,

    /// <summary>Bills its customers directly.</summary>
    DirectBill = 1,

    /// <summary>An indirect provider serving resellers.</summary>
    IndirectProvider = 2,

    /// <summary>An indirect reseller, working through a provider.</summary>
    IndirectReseller = 3,
}

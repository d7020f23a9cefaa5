namespace PartnerHelp.Core.Memberships;

/// <summary>The membership offers of the partner program.</summary>
public enum MembershipOffer
{
    /// <summary>Partner Success Core.</summary>
    PartnerSuccessCore = 0,

    /// <summary>Solutions Partner designation.</summary>
    SolutionsPartnerDesignation = 1,

    /// <summary>Legacy Silver competency.</summary>
    LegacySilver = 2,

    /// <summary>Legacy Gold competency.</summary>
    LegacyGold = 3,

    /// <summary>Action Pack.</summary>
    ActionPack = 4,
}

namespace PartnerHelp.Core.Partners;

/// <summary>Whether a partner account may use self-serve actions.</summary>
public enum PartnerStatus
{
    /// <summary>The account is in good standing.</summary>
    Active = 0,

    /// <summary>The account is suspended; self-serve actions need a support ticket.</summary>
    Suspended = 1,
}

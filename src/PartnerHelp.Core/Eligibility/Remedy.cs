namespace PartnerHelp.Core.Eligibility;

/// <summary>What the person can do about a failing rule.</summary>
public enum Remedy
{
    /// <summary>Nothing: the rule is final.</summary>
    None = 0,

    /// <summary>Open a support ticket for manual processing.</summary>
    OpenSupportTicket = 1,

    /// <summary>Ask a user with the required role to act.</summary>
    AskPartnerAdmin = 2,

    /// <summary>Follow the refund that is already under way.</summary>
    ViewRefundProgress = 3,
}

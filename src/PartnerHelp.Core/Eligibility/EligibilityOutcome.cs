namespace PartnerHelp.Core.Eligibility;

/// <summary>What can happen to an item, whoever asks.</summary>
public enum EligibilityOutcome
{
    /// <summary>Everything holds: the item can be cancelled in self-serve.</summary>
    SelfServeCancel = 0,

    /// <summary>The criteria hold but a self-serve condition fails: a support ticket is needed.</summary>
    SupportTicketRequired = 1,

    /// <summary>A refund criterion fails.</summary>
    NotEligible = 2,

    /// <summary>Already cancelled: follow the refund instead.</summary>
    AlreadyCancelled = 3,
}

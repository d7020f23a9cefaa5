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

    /// <summary>Suspend the subscription instead, for a prorated credit of the unused part.</summary>
    SuspendForProratedCredit = 4,

    /// <summary>Ask for an exchange or a refund of the charged item.</summary>
    RequestExchangeOrRefund = 5,

    /// <summary>Use the route named in the reason instead (e.g. Azure service credits).</summary>
    UseAnotherRoute = 6,

    /// <summary>Correct the input and try again.</summary>
    CorrectTheInput = 7,

    /// <summary>Cancel and buy again (e.g. a reservation of another type).</summary>
    CancelAndRepurchase = 8,
}

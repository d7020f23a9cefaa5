namespace PartnerHelp.Core.CreditRequests;

/// <summary>Where a submitted credit request stands.</summary>
public enum CreditRequestStatus
{
    /// <summary>Received; waiting for review.</summary>
    Submitted = 0,

    /// <summary>Being reviewed.</summary>
    UnderReview = 1,

    /// <summary>Approved: the credit follows on the next invoice.</summary>
    Approved = 2,

    /// <summary>Refused, with the reason.</summary>
    Rejected = 3,
}

namespace PartnerHelp.Core.CreditRequests;

/// <summary>
/// Why the review rejected a credit request. Stable codes (stored, shown, e-mailed): never renumber or
/// rename one. See <see cref="CreditReviewPolicy"/>.
/// </summary>
public enum CreditDecisionReason
{
    /// <summary>The claim names no incident the service recorded for this partner.</summary>
    NoRecordedIncident = 1,

    /// <summary>The recorded incident did not affect the customer named in the claim.</summary>
    CustomerNotAffected = 2,

    /// <summary>The recorded incident happened on another day than the claim says.</summary>
    IncidentDateMismatch = 3,

    /// <summary>Measured from the recorded incident, the claim arrived after the deadline.</summary>
    FiledAfterDeadline = 4,
}

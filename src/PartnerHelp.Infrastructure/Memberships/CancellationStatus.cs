namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>How a cancellation request ended.</summary>
public enum CancellationStatus
{
    /// <summary>Cancelled now; the refund is Requested.</summary>
    Cancelled = 0,

    /// <summary>No such order for this requester.</summary>
    NotFound = 1,

    /// <summary>The eligibility service does not allow this requester to cancel it.</summary>
    NotAllowed = 2,

    /// <summary>It was already cancelled (for example by a double submit); nothing changed.</summary>
    AlreadyCancelled = 3,

    /// <summary>The input was invalid (unknown reason, overlong note); nothing changed.</summary>
    InvalidInput = 4,
}

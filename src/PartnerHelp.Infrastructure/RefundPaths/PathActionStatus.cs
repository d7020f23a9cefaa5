namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>How a request on one of the refund paths ended. Anything but <see cref="Done"/> changed nothing.</summary>
public enum PathActionStatus
{
    /// <summary>Done; the change is saved.</summary>
    Done = 0,

    /// <summary>No such item for this requester (or another partner's: never revealed).</summary>
    NotFound = 1,

    /// <summary>The eligibility service says no; its reasons explain why.</summary>
    NotAllowed = 2,

    /// <summary>Someone else changed it first (a double submit or a race); nothing of this request was saved.</summary>
    Conflict = 3,

    /// <summary>The input was invalid.</summary>
    InvalidInput = 4,
}

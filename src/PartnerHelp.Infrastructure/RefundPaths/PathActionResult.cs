using PartnerHelp.Core;
using PartnerHelp.Core.Eligibility;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>The outcome of a refund-path action: status, the decision behind it and the money involved.</summary>
public sealed record PathActionResult(PathActionStatus Status, EligibilityResult? Eligibility = null, Money? Amount = null, string? Reference = null)
{
    /// <summary>Nothing found (or not visible).</summary>
    public static PathActionResult NotFound { get; } = new(PathActionStatus.NotFound);

    /// <summary>Invalid input.</summary>
    public static PathActionResult Invalid { get; } = new(PathActionStatus.InvalidInput);

    /// <summary>Lost a race.</summary>
    public static PathActionResult Conflict { get; } = new(PathActionStatus.Conflict);
}

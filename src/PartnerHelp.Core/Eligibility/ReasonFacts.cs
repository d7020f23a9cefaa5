using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Core.Eligibility;

/// <summary>The facts behind a failing rule, for rendering it in plain words. Unused fields stay null.</summary>
public sealed record ReasonFacts
{
    /// <summary>Whole UTC calendar days since purchase.</summary>
    public int? DaysSincePurchase { get; init; }

    /// <summary>Length of the window in days.</summary>
    public int? WindowDays { get; init; }

    /// <summary>The last calendar day (UTC) still inside the window.</summary>
    public DateOnly? LastDayInWindow { get; init; }

    /// <summary>Which benefit was activated.</summary>
    public MembershipBenefit? Benefit { get; init; }

    /// <summary>When the deciding event happened (benefit activation, key view, cancellation).</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>The payment method that was used.</summary>
    public PaymentMethod? PaymentMethod { get; init; }

    /// <summary>The role the user would need.</summary>
    public string? RequiredRole { get; init; }

    /// <summary>State of the refund already under way.</summary>
    public RefundStatus? RefundStatus { get; init; }

    /// <summary>An amount the reason is about (a prorated credit, the value returned by an exchange).</summary>
    public Money? Amount { get; init; }

    /// <summary>The amount <see cref="Amount"/> is compared with (e.g. the new purchase in an exchange).</summary>
    public Money? ComparedAmount { get; init; }

    /// <summary>Facts with nothing set.</summary>
    public static ReasonFacts None { get; } = new();
}

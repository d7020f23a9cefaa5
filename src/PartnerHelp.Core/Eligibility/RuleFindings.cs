namespace PartnerHelp.Core.Eligibility;

/// <summary>What one rule set found about one item: every failing reason plus the refund terms.</summary>
public sealed class RuleFindings
{
    // Most orders pass every rule: the list is only allocated when something fails.
    private List<EligibilityReason>? _reasons;

    /// <summary>Failing reasons in the order the rules ran.</summary>
    public IReadOnlyList<EligibilityReason> Reasons => (IReadOnlyList<EligibilityReason>?)_reasons ?? [];

    /// <summary>The amount a refund would return.</summary>
    public Money RefundAmount { get; set; }

    /// <summary>When the self-serve window closes (exclusive), if the item has one.</summary>
    public DateTimeOffset? WindowEndsAt { get; set; }

    /// <summary>What the findings are about; stamped on every reason.</summary>
    public SubjectKind Subject { get; set; }

    /// <summary>Forgets this evaluation's findings so the instance can serve the next one; the reasons list stays with its result.</summary>
    internal void Reset()
    {
        _reasons = null;
        RefundAmount = default;
        WindowEndsAt = null;
    }

    /// <summary>Adds a failing reason.</summary>
    public void Fail(ReasonCode code, ReasonKind kind, Remedy remedy, ReasonFacts facts) =>
        (_reasons ??= new List<EligibilityReason>(4)).Add(new EligibilityReason(code, kind, remedy, facts) { Subject = Subject });
}

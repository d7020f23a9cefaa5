namespace PartnerHelp.Core.Eligibility;

/// <summary>One failing rule: its stable code, what it means for the outcome, the facts and the remedy.</summary>
public sealed record EligibilityReason(ReasonCode Code, ReasonKind Kind, Remedy Remedy, ReasonFacts Facts)
{
    /// <summary>What the decision is about, so shared reasons can be worded for it.</summary>
    public SubjectKind Subject { get; init; }
}

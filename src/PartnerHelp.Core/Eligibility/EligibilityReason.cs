namespace PartnerHelp.Core.Eligibility;

/// <summary>One failing rule: its stable code, what it means for the outcome, the facts and the remedy.</summary>
public sealed record EligibilityReason(ReasonCode Code, ReasonKind Kind, Remedy Remedy, ReasonFacts Facts);

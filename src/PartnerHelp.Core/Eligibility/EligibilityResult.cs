namespace PartnerHelp.Core.Eligibility;

/// <summary>The decision for one item and one requester, with every failing reason.</summary>
public sealed record EligibilityResult(
    string SubjectId,
    EligibilityOutcome Outcome,
    bool CanSelfServeCancel,
    IReadOnlyList<EligibilityReason> Reasons,
    Money RefundAmount,
    DateTimeOffset? WindowEndsAt,
    DateTimeOffset EvaluatedAt)
{
    /// <summary>Whether <paramref name="code"/> is among the reasons.</summary>
    public bool Has(ReasonCode code)
    {
        foreach (var reason in Reasons)
        {
            if (reason.Code == code)
            {
                return true;
            }
        }

        return false;
    }
}

using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.Eligibility;

/// <summary>Marker for a rule set; lets the service index rule sets by the subject type they decide.</summary>
public interface IEligibilityRules
{
    /// <summary>The subject type this rule set decides.</summary>
    Type SubjectType { get; }
}

/// <summary>
/// The rules of one product line. A rule set reports every failing rule (criteria, conditions, state
/// and authority alike); the service turns them into an outcome. Adding a product line means adding a
/// rule set: callers do not change.
/// </summary>
public interface IEligibilityRules<in TSubject> : IEligibilityRules
    where TSubject : IEligibilitySubject
{
    /// <summary>Checks every rule for <paramref name="subject"/> at <paramref name="now"/>.</summary>
    void Assess(TSubject subject, Partner partner, Requester requester, DateTimeOffset now, RuleFindings findings);
}

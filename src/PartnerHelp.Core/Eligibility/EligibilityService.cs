using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Telemetry;

namespace PartnerHelp.Core.Eligibility;

/// <summary>Runs the rule set registered for the subject's type and derives the outcome from its findings.</summary>
public sealed class EligibilityService : IEligibilityService
{
    // One findings object per thread, reused: evaluation runs for every order on every page, and this was
    // 72 of the 176 bytes a typical evaluation allocated. A nested evaluation finds the slot empty and allocates.
    [ThreadStatic]
    private static RuleFindings? t_findings;

    private readonly TimeProvider _time;
    private readonly Dictionary<Type, IEligibilityRules> _rules;
    private readonly PartnerHelpMetrics? _metrics;

    /// <summary>Creates the service over the registered rule sets; <paramref name="metrics"/>, when given, counts every evaluation by outcome.</summary>
    public EligibilityService(TimeProvider time, IEnumerable<IEligibilityRules> rules, PartnerHelpMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(rules);
        _time = time;
        _rules = rules.ToDictionary(r => r.SubjectType);
        _metrics = metrics;
    }

    /// <inheritdoc />
    public EligibilityResult Evaluate<TSubject>(TSubject subject, Partner partner, Requester requester)
        where TSubject : IEligibilitySubject
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(requester);
        if (!string.Equals(subject.PartnerId, partner.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{subject.Id} does not belong to partner {partner.Id}.", nameof(partner));
        }

        if (!_rules.TryGetValue(typeof(TSubject), out var registered) || registered is not IEligibilityRules<TSubject> rules)
        {
            throw new InvalidOperationException($"No eligibility rules are registered for {typeof(TSubject).Name}.");
        }

        var now = _time.GetUtcNow();
        var findings = t_findings ?? new RuleFindings();
        t_findings = null;
        findings.Subject = SubjectKinds.Of(typeof(TSubject));
        rules.Assess(subject, partner, requester, now, findings);

        var reasons = findings.Reasons;
        var outcome = OutcomeOf(reasons);
        var canSelfServe = outcome == EligibilityOutcome.SelfServeCancel && !HasKind(reasons, ReasonKind.Authority);
        var result = new EligibilityResult(subject.Id, outcome, canSelfServe, reasons, findings.RefundAmount, findings.WindowEndsAt, now);
        _metrics?.EligibilityEvaluated(findings.Subject, outcome);
        findings.Reset();
        t_findings = findings;
        return result;
    }

    private static EligibilityOutcome OutcomeOf(IReadOnlyList<EligibilityReason> reasons)
    {
        if (HasKind(reasons, ReasonKind.State))
        {
            return EligibilityOutcome.AlreadyCancelled;
        }

        if (HasKind(reasons, ReasonKind.Criterion))
        {
            return EligibilityOutcome.NotEligible;
        }

        return HasKind(reasons, ReasonKind.Condition) ? EligibilityOutcome.SupportTicketRequired : EligibilityOutcome.SelfServeCancel;
    }

    private static bool HasKind(IReadOnlyList<EligibilityReason> reasons, ReasonKind kind)
    {
        for (var i = 0; i < reasons.Count; i++)
        {
            if (reasons[i].Kind == kind)
            {
                return true;
            }
        }

        return false;
    }
}

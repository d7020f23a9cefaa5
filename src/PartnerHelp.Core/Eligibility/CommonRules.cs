using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.Eligibility;

/// <summary>Checks several product lines share, so each is written once.</summary>
public static class CommonRules
{
    private static readonly ReasonFacts AgentFacts = new() { RequiredRole = PartnerRoles.AdminAgent };

    /// <summary>Whether the partner is a CSP partner that may act for customers (direct-bill or indirect provider).</summary>
    public static bool IsCspProvider(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return partner.CspRelationship is CspRelationship.DirectBill or CspRelationship.IndirectProvider;
    }

    /// <summary>Fails <see cref="ReasonCode.NotCspProviderPartner"/> unless the partner is a CSP provider.</summary>
    public static void RequireCspProvider(Partner partner, RuleFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (!IsCspProvider(partner))
        {
            findings.Fail(ReasonCode.NotCspProviderPartner, ReasonKind.Criterion, Remedy.None, ReasonFacts.None);
        }
    }

    /// <summary>Fails <see cref="ReasonCode.NotCspAgent"/> unless the requester holds a CSP agent role for the partner.</summary>
    public static void RequireCspAgent(string partnerId, Requester requester, RuleFindings findings)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var role in PartnerRoles.CspAgents)
        {
            if (requester.HoldsRoleFor(partnerId, role))
            {
                return;
            }
        }

        findings.Fail(ReasonCode.NotCspAgent, ReasonKind.Authority, Remedy.AskPartnerAdmin, AgentFacts);
    }
}

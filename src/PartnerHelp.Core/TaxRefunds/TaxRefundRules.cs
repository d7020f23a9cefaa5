using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.TaxRefunds;

/// <summary>Tax refunds: for tax-exempt partners, requested within one year of purchase, by a partner admin.</summary>
public sealed class TaxRefundRules : IEligibilityRules<TaxRefundRequest>
{
    /// <summary>Days after purchase in which a tax refund can be requested.</summary>
    public const int WindowDays = 365;

    private static readonly ReasonFacts AdminRoleFacts = new() { RequiredRole = PartnerRoles.MpnAdmin };

    /// <inheritdoc />
    public Type SubjectType => typeof(TaxRefundRequest);

    /// <inheritdoc />
    public void Assess(TaxRefundRequest subject, Partner partner, Requester requester, DateTimeOffset now, RuleFindings findings)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(findings);
        var window = RefundWindow.From(subject.Order.PurchasedAt, WindowDays);
        findings.WindowEndsAt = window.EndsAt;
        findings.RefundAmount = new Money(0m, subject.Order.Currency);
        if (!partner.IsTaxExempt)
        {
            findings.Fail(ReasonCode.NotTaxExempt, ReasonKind.Criterion, Remedy.None, ReasonFacts.None);
        }

        if (!window.Contains(now))
        {
            findings.Fail(ReasonCode.TaxRefundWindowExpired, ReasonKind.Criterion, Remedy.None, new ReasonFacts
            {
                DaysSincePurchase = window.DaysSinceStart(now),
                WindowDays = WindowDays,
                LastDayInWindow = window.LastDay,
            });
        }

        if (!requester.HoldsRoleFor(subject.PartnerId, PartnerRoles.MpnAdmin))
        {
            findings.Fail(ReasonCode.NotMpnAdmin, ReasonKind.Authority, Remedy.AskPartnerAdmin, AdminRoleFacts);
        }
    }
}

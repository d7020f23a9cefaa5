using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.Subscriptions;

/// <summary>
/// CSP license subscriptions: cancelled within 30 days of purchase → 100% refund with no service
/// request; after that (months 2–12) → suspend for a prorated credit of the unused part.
/// </summary>
public sealed class CspSubscriptionRules : IEligibilityRules<CspSubscription>
{
    /// <summary>Days after purchase in which cancelling refunds everything.</summary>
    public const int CancelWindowDays = 30;

    /// <inheritdoc />
    public Type SubjectType => typeof(CspSubscription);

    /// <inheritdoc />
    public void Assess(CspSubscription subject, Partner partner, Requester requester, DateTimeOffset now, RuleFindings findings)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(findings);
        var window = RefundWindow.From(subject.PurchasedAt, CancelWindowDays);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        findings.WindowEndsAt = window.EndsAt;
        findings.RefundAmount = window.Contains(now) ? subject.Price : ProratedCredit.For(subject.Price, subject.TermStart, subject.TermEnd, today);

        if (subject.Status != SubscriptionStatus.Active)
        {
            findings.Fail(ReasonCode.AlreadyCancelled, ReasonKind.State, Remedy.None, new ReasonFacts { OccurredAt = subject.EndedAt });
        }
        else
        {
            CommonRules.RequireCspProvider(partner, findings);
            if (subject.MonthOfTerm(now) == 0)
            {
                findings.Fail(ReasonCode.SubscriptionTermEnded, ReasonKind.Criterion, Remedy.None, new ReasonFacts { LastDayInWindow = subject.TermEnd.AddDays(-1) });
            }
            else if (!window.Contains(now))
            {
                findings.Fail(ReasonCode.SubscriptionCancelWindowExpired, ReasonKind.Criterion, Remedy.SuspendForProratedCredit, new ReasonFacts
                {
                    DaysSincePurchase = window.DaysSinceStart(now),
                    WindowDays = CancelWindowDays,
                    LastDayInWindow = window.LastDay,
                    Amount = findings.RefundAmount,
                });
            }
        }

        CommonRules.RequireCspAgent(subject.PartnerId, requester, findings);
    }
}

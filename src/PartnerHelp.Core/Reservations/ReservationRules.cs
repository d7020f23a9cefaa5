using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.Reservations;

/// <summary>
/// Returning an Azure reservation for a prorated refund: only CSP providers (direct-bill or indirect
/// provider), only CSP agent roles, only while it is active and not expired.
/// </summary>
public sealed class ReservationRules : IEligibilityRules<Reservation>
{
    /// <inheritdoc />
    public Type SubjectType => typeof(Reservation);

    /// <inheritdoc />
    public void Assess(Reservation subject, Partner partner, Requester requester, DateTimeOffset now, RuleFindings findings) =>
        AssessReservation(subject, partner, requester, now, findings);

    /// <summary>The rules every change to a reservation (return or exchange) must pass.</summary>
    internal static void AssessReservation(Reservation subject, Partner partner, Requester requester, DateTimeOffset now, RuleFindings findings)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(findings);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        findings.RefundAmount = subject.ProratedValue(today);
        findings.WindowEndsAt = new DateTimeOffset(subject.ExpiresOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (subject.Status != ReservationStatus.Active)
        {
            findings.Fail(ReasonCode.AlreadyCancelled, ReasonKind.State, Remedy.None, new ReasonFacts { OccurredAt = subject.EndedAt });
        }
        else
        {
            CommonRules.RequireCspProvider(partner, findings);
            if (today >= subject.ExpiresOn)
            {
                findings.Fail(ReasonCode.ReservationExpired, ReasonKind.Criterion, Remedy.None, new ReasonFacts { LastDayInWindow = subject.ExpiresOn.AddDays(-1) });
            }
        }

        CommonRules.RequireCspAgent(subject.PartnerId, requester, findings);
    }
}

using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.Reservations;

/// <summary>
/// Exchanges: everything a return needs, plus the same reservation type (otherwise cancel and buy
/// again) and a new purchase that costs more than the prorated amount returned.
/// </summary>
public sealed class ReservationExchangeRules : IEligibilityRules<ReservationExchange>
{
    /// <inheritdoc />
    public Type SubjectType => typeof(ReservationExchange);

    /// <inheritdoc />
    public void Assess(ReservationExchange subject, Partner partner, Requester requester, DateTimeOffset now, RuleFindings findings)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(findings);
        ReservationRules.AssessReservation(subject.Current, partner, requester, now, findings);
        if (subject.NewType != subject.Current.Type)
        {
            findings.Fail(ReasonCode.ExchangeTypeMismatch, ReasonKind.Criterion, Remedy.CancelAndRepurchase, ReasonFacts.None);
        }

        var returned = findings.RefundAmount;
        if (!string.Equals(subject.NewPrice.Currency, returned.Currency, StringComparison.Ordinal) || subject.NewPrice.Amount <= returned.Amount)
        {
            findings.Fail(ReasonCode.ExchangeNotHigherValue, ReasonKind.Criterion, Remedy.CorrectTheInput, new ReasonFacts
            {
                Amount = returned,
                ComparedAmount = subject.NewPrice,
            });
        }
    }
}

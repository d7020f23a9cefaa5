using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Core.CreditRequests;

/// <summary>
/// Credit requests: filed by the CSP partner, complete (the filled form and the end customer's written
/// request), by the end of the calendar month after the incident; Azure service credits go elsewhere.
/// </summary>
public sealed class CreditRequestRules : IEligibilityRules<CreditRequestDraft>
{
    private static readonly ReasonFacts FixInput = ReasonFacts.None;

    /// <inheritdoc />
    public Type SubjectType => typeof(CreditRequestDraft);

    /// <inheritdoc />
    public void Assess(CreditRequestDraft subject, Partner partner, Requester requester, DateTimeOffset now, RuleFindings findings)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(findings);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var deadline = CreditRequestDraft.DeadlineFor(subject.IncidentDate);
        findings.WindowEndsAt = new DateTimeOffset(deadline.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        findings.RefundAmount = new Money(0m, partner.Currency);

        CommonRules.RequireCspProvider(partner, findings);
        if (subject.Category == CreditCategory.AzureServiceCredit)
        {
            findings.Fail(ReasonCode.AzureServiceCreditElsewhere, ReasonKind.Criterion, Remedy.UseAnotherRoute, FixInput);
        }

        if (subject.IncidentDate > today)
        {
            findings.Fail(ReasonCode.DateInFuture, ReasonKind.Criterion, Remedy.CorrectTheInput, new ReasonFacts { LastDayInWindow = subject.IncidentDate });
        }
        else if (today > deadline)
        {
            findings.Fail(ReasonCode.CreditRequestDeadlinePassed, ReasonKind.Criterion, Remedy.None, new ReasonFacts
            {
                LastDayInWindow = deadline,
                DaysSincePurchase = today.DayNumber - subject.IncidentDate.DayNumber,
            });
        }

        if (!subject.HasCreditRequestForm)
        {
            findings.Fail(ReasonCode.CreditRequestFormMissing, ReasonKind.Criterion, Remedy.CorrectTheInput, FixInput);
        }

        if (!subject.HasCustomerWrittenRequest)
        {
            findings.Fail(ReasonCode.CustomerWrittenRequestMissing, ReasonKind.Criterion, Remedy.CorrectTheInput, FixInput);
        }

        CommonRules.RequireCspAgent(subject.PartnerId, requester, findings);
    }
}

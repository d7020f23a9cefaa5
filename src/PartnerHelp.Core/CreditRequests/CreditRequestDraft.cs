using PartnerHelp.Core.Eligibility;

namespace PartnerHelp.Core.CreditRequests;

/// <summary>A credit request as filed: the facts its rules look at.</summary>
public sealed record CreditRequestDraft(
    string Id,
    string PartnerId,
    DateOnly IncidentDate,
    CreditCategory Category,
    bool HasCreditRequestForm,
    bool HasCustomerWrittenRequest) : IEligibilitySubject
{
    /// <summary>
    /// The last day a claim is accepted: the last day of the calendar month after the incident's month
    /// (15 Feb → 31 Mar; 31 Jan → 28 Feb, or 29 Feb in a leap year).
    /// </summary>
    public static DateOnly DeadlineFor(DateOnly incident) => new DateOnly(incident.Year, incident.Month, 1).AddMonths(2).AddDays(-1);
}

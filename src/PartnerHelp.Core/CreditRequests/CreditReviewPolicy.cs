namespace PartnerHelp.Core.CreditRequests;

/// <summary>
/// The deterministic review of a submitted credit request (SPEC 2.3). Filing already checked what the
/// partner declared (deadline from the claimed date, form, written request, who files). The review
/// checks the claim against what the service itself recorded: it is approved when it names a recorded
/// <see cref="ServiceIncident"/> of the same partner, that incident affected the customer named in the
/// claim on the claimed day, and the claim arrived by the deadline counted from that recorded day.
/// Otherwise it is rejected with the first failing <see cref="CreditDecisionReason"/> in that order.
/// </summary>
public static class CreditReviewPolicy
{
    /// <summary>Null to approve; otherwise why to reject.</summary>
    /// <param name="request">The claim under review.</param>
    /// <param name="incident">The incident the claim names, as recorded; null when it names none or an unknown one.</param>
    public static CreditDecisionReason? Decide(CreditRequest request, ServiceIncident? incident)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (incident is null || request.IncidentId is null || incident.Id != request.IncidentId || incident.PartnerId != request.PartnerId)
        {
            return CreditDecisionReason.NoRecordedIncident;
        }

        if (!string.Equals(incident.CustomerName.Trim(), request.CustomerName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return CreditDecisionReason.CustomerNotAffected;
        }

        if (incident.OccurredOn != request.IncidentDate)
        {
            return CreditDecisionReason.IncidentDateMismatch;
        }

        var filedOn = DateOnly.FromDateTime(request.SubmittedAt.UtcDateTime);
        return filedOn > CreditRequestDraft.DeadlineFor(incident.OccurredOn) ? CreditDecisionReason.FiledAfterDeadline : null;
    }
}

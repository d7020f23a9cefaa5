using PartnerHelp.Core.CreditRequests;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>
/// What the credit request form posts. <paramref name="SubmissionKey"/> is the form's one-time key: the same
/// key submitted twice (a double click, a resent form) files one request.
/// </summary>
public sealed record CreditRequestSubmission(
    string? IncidentId,
    string CustomerName,
    DateOnly IncidentDate,
    CreditCategory Category,
    string Description,
    string WrittenRequest,
    string? FormFileName,
    string? FormContentType,
    byte[] FormContent,
    string? SubmissionKey = null);

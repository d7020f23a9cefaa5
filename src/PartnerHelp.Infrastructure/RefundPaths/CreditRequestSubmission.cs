using PartnerHelp.Core.CreditRequests;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>What the credit request form posts.</summary>
public sealed record CreditRequestSubmission(
    string? IncidentId,
    string CustomerName,
    DateOnly IncidentDate,
    CreditCategory Category,
    string Description,
    string WrittenRequest,
    string? FormFileName,
    string? FormContentType,
    byte[] FormContent);

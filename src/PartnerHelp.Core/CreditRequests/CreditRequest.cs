namespace PartnerHelp.Core.CreditRequests;

/// <summary>A submitted credit request with its evidence and its review status.</summary>
public sealed class CreditRequest
{
    /// <summary>Longest description accepted.</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>Longest written request accepted.</summary>
    public const int MaxWrittenRequestLength = 4000;

    private CreditRequest()
    {
        Id = PartnerId = CustomerName = Description = WrittenRequest = FormFileName = FormContentType = SubmittedBy = string.Empty;
    }

    /// <summary>Records a submitted request (its rules were checked by the eligibility service first).</summary>
    public CreditRequest(
        string id,
        string partnerId,
        string? incidentId,
        string customerName,
        DateOnly incidentDate,
        CreditCategory category,
        string description,
        string writtenRequest,
        string formFileName,
        string formContentType,
        long formSizeBytes,
        string submittedBy,
        DateTimeOffset submittedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(writtenRequest);
        if (description.Length > MaxDescriptionLength || writtenRequest.Length > MaxWrittenRequestLength)
        {
            throw new ArgumentException("The description or written request is too long.");
        }

        Id = id;
        PartnerId = partnerId;
        IncidentId = incidentId;
        CustomerName = customerName;
        IncidentDate = incidentDate;
        Category = category;
        Description = description;
        WrittenRequest = writtenRequest;
        FormFileName = formFileName;
        FormContentType = formContentType;
        FormSizeBytes = formSizeBytes;
        SubmittedBy = submittedBy;
        SubmittedAt = submittedAt.ToUniversalTime();
        Status = CreditRequestStatus.Submitted;
        StatusChangedAt = SubmittedAt;
    }

    /// <summary>Reference number, e.g. <c>CR-20261121-0001</c>.</summary>
    public string Id { get; private set; }

    /// <summary>The filing CSP partner.</summary>
    public string PartnerId { get; private set; }

    /// <summary>The incident referred to, if chosen from the list.</summary>
    public string? IncidentId { get; private set; }

    /// <summary>The affected end customer.</summary>
    public string CustomerName { get; private set; }

    /// <summary>When the incident happened.</summary>
    public DateOnly IncidentDate { get; private set; }

    /// <summary>What the request is about.</summary>
    public CreditCategory Category { get; private set; }

    /// <summary>What happened.</summary>
    public string Description { get; private set; }

    /// <summary>The end customer's written request.</summary>
    public string WrittenRequest { get; private set; }

    /// <summary>Original name of the uploaded credit request form.</summary>
    public string FormFileName { get; private set; }

    /// <summary>Content type of the form.</summary>
    public string FormContentType { get; private set; }

    /// <summary>Size of the form in bytes.</summary>
    public long FormSizeBytes { get; private set; }

    /// <summary>Who filed it.</summary>
    public string SubmittedBy { get; private set; }

    /// <summary>When it was filed.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>Review status.</summary>
    public CreditRequestStatus Status { get; private set; }

    /// <summary>When the status last changed.</summary>
    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>Concurrency token.</summary>
    public int Version { get; private set; }

    /// <summary>When the review started (the request went <see cref="CreditRequestStatus.UnderReview"/>).</summary>
    public DateTimeOffset? ReviewStartedAt { get; private set; }

    /// <summary>When it was approved or rejected.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Why it was rejected; null while undecided or when approved.</summary>
    public CreditDecisionReason? DecisionReason { get; private set; }

    /// <summary>Moves the review along: Submitted → UnderReview → Approved or Rejected (a rejection needs its reason).</summary>
    public void MoveTo(CreditRequestStatus next, DateTimeOffset now, CreditDecisionReason? rejection = null)
    {
        var allowed = (Status, next) switch
        {
            (CreditRequestStatus.Submitted, CreditRequestStatus.UnderReview) => true,
            (CreditRequestStatus.UnderReview, CreditRequestStatus.Approved or CreditRequestStatus.Rejected) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new InvalidOperationException($"Credit request {Id} cannot move from {Status} to {next}.");
        }

        if ((next == CreditRequestStatus.Rejected) != (rejection is not null))
        {
            throw new ArgumentException("A rejection, and only a rejection, carries a reason.", nameof(rejection));
        }

        Status = next;
        StatusChangedAt = now.ToUniversalTime();
        if (next == CreditRequestStatus.UnderReview)
        {
            ReviewStartedAt = StatusChangedAt;
        }
        else
        {
            DecidedAt = StatusChangedAt;
            DecisionReason = rejection;
        }

        Version++;
    }
}

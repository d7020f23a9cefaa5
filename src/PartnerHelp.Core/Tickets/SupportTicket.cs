namespace PartnerHelp.Core.Tickets;

/// <summary>
/// A partner's request for manual help, for example a refund that self-serve cannot do (wire transfer,
/// suspended account). Subject and description are the partner's own words, stored as written.
/// </summary>
public sealed class SupportTicket
{
    /// <summary>Longest subject accepted.</summary>
    public const int MaxSubjectLength = 200;

    /// <summary>Longest description accepted.</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>Longest submission key accepted.</summary>
    public const int MaxSubmissionKeyLength = 64;

    private SupportTicket()
    {
        Reference = PartnerId = OpenedBy = Subject = Description = Culture = string.Empty;
    }

    private SupportTicket(string reference, string partnerId, string? orderId, string openedBy, string subject, string description, string culture, string? submissionKey, DateTimeOffset openedAt)
    {
        SubmissionKey = submissionKey;
        Reference = reference;
        PartnerId = partnerId;
        OrderId = orderId;
        OpenedBy = openedBy;
        Subject = subject;
        Description = description;
        Culture = culture;
        OpenedAt = openedAt.ToUniversalTime();
        UpdatedAt = OpenedAt;
        Status = TicketStatus.Open;
    }

    /// <summary>The reference number partners quote, e.g. <c>SR-260122-4821</c>.</summary>
    public string Reference { get; private set; }

    /// <summary>The partner that opened it.</summary>
    public string PartnerId { get; private set; }

    /// <summary>The order it is about, if any.</summary>
    public string? OrderId { get; private set; }

    /// <summary>The user who opened it.</summary>
    public string OpenedBy { get; private set; }

    /// <summary>One-line summary.</summary>
    public string Subject { get; private set; }

    /// <summary>The request in the partner's words.</summary>
    public string Description { get; private set; }

    /// <summary>The language the partner wrote in, so support can answer in it.</summary>
    public string Culture { get; private set; }

    /// <summary>The form submission that opened it: the same key twice (a double submit) opens one ticket.</summary>
    public string? SubmissionKey { get; private set; }

    /// <summary>Current state.</summary>
    public TicketStatus Status { get; private set; }

    /// <summary>When it was opened (UTC).</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>When its status last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Opens a ticket; the caller has checked that the order (if any) belongs to the partner.</summary>
    public static SupportTicket Open(string reference, string partnerId, string? orderId, string openedBy, string subject, string description, string culture, string? submissionKey, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(openedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (subject.Trim().Length > MaxSubjectLength || description.Trim().Length > MaxDescriptionLength || submissionKey is { Length: > MaxSubmissionKeyLength })
        {
            throw new ArgumentException("The subject or description is too long.");
        }

        return new SupportTicket(reference, partnerId, orderId, openedBy, subject.Trim(), description.Trim(), culture, submissionKey, now);
    }

    /// <summary>Support picks the ticket up.</summary>
    public void StartWork(DateTimeOffset now) => MoveTo(TicketStatus.InProgress, TicketStatus.Open, now);

    /// <summary>Support finishes the ticket.</summary>
    public void Resolve(DateTimeOffset now)
    {
        if (Status == TicketStatus.Resolved)
        {
            throw new InvalidOperationException($"Ticket {Reference} is already resolved.");
        }

        Status = TicketStatus.Resolved;
        UpdatedAt = now.ToUniversalTime();
    }

    private void MoveTo(TicketStatus to, TicketStatus from, DateTimeOffset now)
    {
        if (Status != from)
        {
            throw new InvalidOperationException($"Ticket {Reference} is {Status}, not {from}.");
        }

        Status = to;
        UpdatedAt = now.ToUniversalTime();
    }
}

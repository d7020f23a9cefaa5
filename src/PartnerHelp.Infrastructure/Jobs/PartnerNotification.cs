namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>
/// An in-app notification for a partner. Stored as a kind plus subject and rendered in the reader's
/// language; unique per (kind, subject) so a job that runs twice notifies once.
/// </summary>
public sealed class PartnerNotification
{
    public Guid Id { get; init; }

    public required string PartnerId { get; init; }

    public required string Kind { get; init; }

    public required string Subject { get; init; }

    public required string Culture { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? EmailFile { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}

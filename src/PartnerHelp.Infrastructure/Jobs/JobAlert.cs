namespace PartnerHelp.Infrastructure.Jobs;

/// <summary>
/// Something an operator must look at: a reconciliation mismatch, a refund near or past the 30-day
/// promise. Open until resolved; at most one open alert per (kind, subject).
/// </summary>
public sealed class JobAlert
{
    public Guid Id { get; init; }

    public required string Kind { get; init; }

    public required string Subject { get; init; }

    public string? Detail { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }
}

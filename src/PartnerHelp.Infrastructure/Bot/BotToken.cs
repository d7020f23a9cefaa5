namespace PartnerHelp.Infrastructure.Bot;

/// <summary>
/// A Direct Line token, stored only as its SHA-256 hash: bound to one conversation and valid until
/// <see cref="ExpiresAt"/>. Stored rather than signed so every node accepts it without sharing a key.
/// </summary>
public sealed class BotToken
{
    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public required string Hash { get; init; }

    /// <summary>The only conversation the token opens.</summary>
    public required string ConversationId { get; init; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>When it stops working.</summary>
    public DateTimeOffset ExpiresAt { get; init; }
}

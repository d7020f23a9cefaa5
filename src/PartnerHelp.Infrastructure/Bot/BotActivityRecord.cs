namespace PartnerHelp.Infrastructure.Bot;

/// <summary>One activity of a Direct Line conversation, as JSON, numbered in the order it was appended.</summary>
public sealed class BotActivityRecord
{
    /// <summary>The conversation.</summary>
    public required string ConversationId { get; init; }

    /// <summary>1, 2, 3… within the conversation; the watermark is the last sequence a client has seen.</summary>
    public int Sequence { get; init; }

    /// <summary>The activity id given to clients.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The activity as Direct Line JSON.</summary>
    public required string Json { get; init; }

    /// <summary>When it was appended.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}

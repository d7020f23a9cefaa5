namespace PartnerHelp.Infrastructure.Bot;

/// <summary>
/// A help-bot conversation and its dialog state, kept in the database so that any node can answer the
/// next message. Direct Line conversations carry the signed-in user (null = anonymous visitor); channel
/// conversations from <c>/api/messages</c> are keyed by a hash of channel and conversation id.
/// </summary>
public sealed class BotConversation
{
    /// <summary>Longest conversation id stored.</summary>
    public const int MaxIdLength = 80;

    /// <summary>Conversation id.</summary>
    public required string Id { get; init; }

    /// <summary>Where the conversation comes from: <c>directline</c> or the Bot Framework channel id.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The site user the conversation belongs to, or null for an anonymous visitor.</summary>
    public string? UserId { get; init; }

    /// <summary>The language last used, e.g. <c>sv</c>.</summary>
    public string? Locale { get; set; }

    /// <summary>The question waiting for an answer (e.g. which order), if any.</summary>
    public string? PendingIntent { get; set; }

    /// <summary>When the conversation was created (token issued).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a client started it (<c>POST /conversations</c>).</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Last message in or out.</summary>
    public DateTimeOffset LastActivityAt { get; set; }
}

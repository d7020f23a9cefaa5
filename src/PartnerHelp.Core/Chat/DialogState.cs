namespace PartnerHelp.Core.Chat;

/// <summary>
/// What a conversation remembers between messages: the topic and resource of the last answer (so
/// "how do I fix that?" continues it), the question the bot is waiting on (which order, or which of two
/// readings), and whether the user writes in a language of their own. It is stored compactly in the
/// conversation row (at most 32 characters), so any node can continue the conversation.
/// </summary>
/// <param name="Topic">The topic of the last answer.</param>
/// <param name="ResourceId">The resource the conversation is about.</param>
/// <param name="Waiting">What the bot asked for.</param>
/// <param name="Choices">With <see cref="DialogWait.Clarify"/>: the two readings offered.</param>
/// <param name="LanguageFromText">The reply language came from the user's own text, not the client's locale.</param>
public sealed record DialogState(ChatTopic? Topic, string? ResourceId, DialogWait Waiting, (ChatTopic First, ChatTopic Second)? Choices, bool LanguageFromText)
{
    /// <summary>The longest encoded state.</summary>
    public const int MaxLength = 32;

    /// <summary>A new conversation.</summary>
    public static DialogState Empty { get; } = new(null, null, DialogWait.Nothing, null, false);

    /// <summary>The state as stored, e.g. <c>f-001CT-1005</c>; fits <see cref="MaxLength"/>.</summary>
    public string Encode()
    {
        var resource = ResourceId is null ? string.Empty
            : Guid.TryParseExact(ResourceId, "D", out var guid) ? "~" + Convert.ToBase64String(guid.ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_')
            : ResourceId;
        var encoded = string.Concat(
            Code(Topic),
            Waiting switch { DialogWait.Resource => "w", DialogWait.Clarify => "c", _ => "-" },
            Code(Choices?.First),
            Code(Choices?.Second),
            LanguageFromText ? "1" : "0",
            resource);
        return encoded.Length <= MaxLength ? encoded : encoded[..5];
    }

    /// <summary>Reads a stored state; anything unreadable (an older format, a tampered row) is a new conversation.</summary>
    public static DialogState Parse(string? stored)
    {
        if (stored is not { Length: >= 5 and <= MaxLength })
        {
            return Empty;
        }

        var topic = TopicOf(stored[0]);
        var first = TopicOf(stored[2]);
        var second = TopicOf(stored[3]);
        var waiting = stored[1] switch { 'w' => DialogWait.Resource, 'c' => DialogWait.Clarify, '-' => DialogWait.Nothing, _ => (DialogWait?)null };
        if (waiting is null || stored[4] is not ('0' or '1') || (stored[0] != '-' && topic is null))
        {
            return Empty;
        }

        var resource = stored.Length == 5 ? null : stored[5..];
        if (resource is ['~', .. var packed])
        {
            try
            {
                resource = new Guid(Convert.FromBase64String(packed.Replace('-', '+').Replace('_', '/') + "==")).ToString("D");
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException)
            {
                resource = null;
            }
        }

        var choices = waiting == DialogWait.Clarify && first is { } a && second is { } b ? (a, b) : ((ChatTopic, ChatTopic)?)null;
        return new DialogState(topic, resource, waiting.Value, choices, stored[4] == '1');
    }

    private static string Code(ChatTopic? topic) => topic is { } t ? ((char)('a' + (int)t)).ToString() : "-";

    private static ChatTopic? TopicOf(char code) =>
        code >= 'a' && Enum.IsDefined((ChatTopic)(code - 'a')) ? (ChatTopic)(code - 'a') : null;
}

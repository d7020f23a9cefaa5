namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>The state of a presented token.</summary>
public enum TokenState
{
    /// <summary>Not a token this site issued.</summary>
    Unknown,

    /// <summary>Issued here but past its expiry.</summary>
    Expired,

    /// <summary>Valid for <see cref="TokenCheck.ConversationId"/>.</summary>
    Valid,

    /// <summary>The configured Direct Line secret: any conversation.</summary>
    Secret,
}

/// <summary>What a presented token is worth: its state, the conversation it opens and when it expires.</summary>
public sealed record TokenCheck(TokenState State, string? ConversationId, DateTimeOffset? ExpiresAt)
{
    /// <summary>Whether the token may act on <paramref name="conversationId"/>.</summary>
    public bool Opens(string conversationId) =>
        State == TokenState.Secret || (State == TokenState.Valid && string.Equals(ConversationId, conversationId, StringComparison.Ordinal));
}

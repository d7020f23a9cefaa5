using System.Text.Json.Serialization;

namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>The Direct Line <c>Conversation</c> object returned by token and conversation calls.</summary>
public sealed record IssuedToken(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn)
{
    /// <summary>The WebSocket stream of the conversation's activities (conversation calls only).</summary>
    [JsonPropertyName("streamUrl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StreamUrl { get; init; }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Telemetry;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Web.Bot.Dialog;

namespace PartnerHelp.Web.Bot;

/// <summary>The one bot core behind both front doors (Direct Line and <c>/api/messages</c>): activity in, reply out.</summary>
public sealed class BotRunner(HelpDialog dialog, BotUsers users, IOptions<BotOptions> options, PartnerHelpMetrics metrics)
{
    /// <summary>
    /// The reply to <paramref name="incoming"/>, or null when the activity needs none. Updates the
    /// conversation's state (the caller saves it).
    /// </summary>
    public async Task<JsonObject?> ReplyAsync(JsonObject incoming, BotConversation conversation, string siteBase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(conversation);
        var type = ActivityJson.String(incoming, "type");
        var locale = ActivityJson.String(incoming, "locale");
        var (requester, name) = await users.ResolveAsync(conversation.UserId);
        BotReply? reply = type switch
        {
            "message" => await dialog.RespondAsync(new BotTurn(ActivityJson.String(incoming, "text"), locale, conversation, requester, name, siteBase), cancellationToken),
            "conversationUpdate" when WelcomesSomeone(incoming) => dialog.Welcome(new BotTurn(null, locale, conversation, requester, name, siteBase)),
            _ => null,
        };
        return reply is null ? null : ActivityJson.Reply(incoming, reply, options.Value);
    }

    /// <summary>
    /// Counts a message turn by the topic answered and the reply's language; the front doors call it once the turn is
    /// committed, so a turn whose commit failed is not counted. Greetings on joining are not turns.
    /// </summary>
    public void Committed(JsonObject incoming, JsonObject? reply)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (reply is not null && ActivityJson.String(incoming, "type") == "message")
        {
            metrics.BotTurn(ActivityJson.String(reply["channelData"], "partnerhelp", "topic") ?? "None", ActivityJson.String(reply, "locale") ?? "unknown");
        }
    }

    // The Emulator and channels announce members joining; greet when someone other than the bot joins.
    private static bool WelcomesSomeone(JsonObject incoming)
    {
        var botId = ActivityJson.String(incoming, "recipient", "id");
        return incoming["membersAdded"] is JsonArray added
            && added.Any(member => ActivityJson.String(member, "id") is { } id && !string.Equals(id, botId, StringComparison.Ordinal));
    }
}

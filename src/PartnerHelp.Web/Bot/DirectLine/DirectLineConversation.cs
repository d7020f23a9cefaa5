using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>
/// Receives a client's activity: stamps it as the channel, appends it (the echo clients wait for), lets
/// the bot answer and appends the answer. State lives in the database, so the next message may land on
/// any node.
/// </summary>
public sealed class DirectLineConversation(
    PartnerHelpDbContext db,
    ActivityLog log,
    BotRunner bot,
    TimeProvider time,
    IOptions<BotOptions> options,
    ILogger<DirectLineConversation> logger)
{
    /// <summary>
    /// Runs the conversationUpdate that Direct Line sends only to the bot when a conversation starts, and
    /// appends the bot's welcome (greeting and topics) for <paramref name="userId"/>.
    /// </summary>
    public async Task WelcomeAsync(string conversationId, string userId, string siteBase, CancellationToken cancellationToken)
    {
        var conversation = await db.Set<BotConversation>().SingleAsync(c => c.Id == conversationId, cancellationToken);
        var update = new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["channelId"] = "directline",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = userId },
            ["recipient"] = new JsonObject { ["id"] = options.Value.BotId },
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = userId }),
            ["locale"] = conversation.Locale,
        };
        var welcome = await bot.ReplyAsync(update, conversation, siteBase, cancellationToken);
        if (welcome is not null)
        {
            welcome.Remove("serviceUrl");
            await log.AppendAsync(conversationId, [welcome], cancellationToken);
        }
    }

    /// <summary>The id of the stored activity, or null when the bot failed to answer it.</summary>
    public async Task<string?> ReceiveAsync(string conversationId, JsonObject activity, string siteBase, CancellationToken cancellationToken)
    {
        var type = ActivityJson.String(activity, "type");
        if (type == "typing")
        {
            // Typing is a WebSocket-only signal in Direct Line: acknowledge, do not log.
            return $"{conversationId}|typing";
        }

        activity["channelId"] = "directline";
        activity["conversation"] = new JsonObject { ["id"] = conversationId };
        activity["recipient"] = new JsonObject { ["id"] = options.Value.BotId, ["name"] = options.Value.BotName, ["role"] = "bot" };
        activity.Remove("serviceUrl");

        // The reply is made before anything is written, then the message, the reply and the conversation's
        // state are committed together: when the POST answers, the reply is already readable (a polling
        // client finds it on its first GET), at one sequence read and one commit per message.
        var conversation = await db.Set<BotConversation>().SingleAsync(c => c.Id == conversationId, cancellationToken);
        var last = await log.LastSequenceAsync(conversationId, cancellationToken);
        activity["id"] = ActivityLog.ActivityId(conversationId, last + 1);
        conversation.LastActivityAt = time.GetUtcNow();
        JsonObject? reply;
        try
        {
            reply = await bot.ReplyAsync(activity, conversation, siteBase, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The bot failed to answer activity {ActivityId}", activity["id"]?.GetValue<string>());

            // Keep the message (the client's echo) but none of the half-made state of the failed turn.
            db.ChangeTracker.Clear();
            await log.AppendAsync(conversationId, [activity], cancellationToken);
            return null;
        }

        reply?.Remove("serviceUrl");
        var ids = await log.AppendAsync(conversationId, reply is null ? [activity] : [activity, reply], last, cancellationToken);
        bot.Committed(activity, reply);
        return ids[0];
    }
}

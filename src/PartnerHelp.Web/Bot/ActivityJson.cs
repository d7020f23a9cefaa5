using System.Text.Json.Nodes;
using PartnerHelp.Web.Bot.Dialog;

namespace PartnerHelp.Web.Bot;

/// <summary>Reads fields of incoming activities and writes the bot's replies as Bot Framework Activity JSON.</summary>
public static class ActivityJson
{
    /// <summary>A string property, or null when absent or not a string.</summary>
    public static string? String(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A string property of a nested object (e.g. <c>from.id</c>).</summary>
    public static string? String(JsonNode? node, string parent, string name) =>
        node is JsonObject obj ? String(obj[parent], name) : null;

    /// <summary>The reply to <paramref name="incoming"/>: recipient and sender swapped, conversation and channel kept.</summary>
    public static JsonObject Reply(JsonObject incoming, BotReply reply, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(options);
        var user = incoming["from"]?.DeepClone() ?? new JsonObject { ["id"] = "user" };
        var userId = String(user, "id");
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["channelId"] = String(incoming, "channelId"),
            ["serviceUrl"] = String(incoming, "serviceUrl"),
            ["conversation"] = incoming["conversation"]?.DeepClone(),
            ["from"] = new JsonObject { ["id"] = String(incoming, "recipient", "id") ?? options.BotId, ["name"] = options.BotName, ["role"] = "bot" },
            ["recipient"] = user,
            ["replyToId"] = String(incoming, "id"),
            ["locale"] = reply.Locale,
            ["text"] = reply.Text,
            ["textFormat"] = "plain",
            ["inputHint"] = "acceptingInput",
            ["channelData"] = new JsonObject
            {
                ["partnerhelp"] = new JsonObject
                {
                    ["topic"] = reply.Topic,
                    ["resource"] = reply.Resource,
                    ["found"] = reply.Found,
                    ["outcome"] = reply.Outcome,
                    ["reasonCodes"] = Codes(reply.ReasonCodes),
                    ["taxRefund"] = reply.TaxRefundOutcome is null ? null : new JsonObject { ["outcome"] = reply.TaxRefundOutcome, ["reasonCodes"] = Codes(reply.TaxRefundReasonCodes) },

                    // The names of the first version, kept for clients written against it.
                    ["intent"] = reply.Topic,
                    ["orderId"] = reply.Resource,
                },
            },
        };
        if (activity["replyToId"] is null)
        {
            activity.Remove("replyToId");
        }

        if (reply.SuggestedActions.Count > 0)
        {
            activity["suggestedActions"] = new JsonObject
            {
                ["to"] = userId is null ? new JsonArray() : new JsonArray(userId),
                ["actions"] = Actions(reply.SuggestedActions),
            };
        }

        if (reply.Links.Count > 0)
        {
            activity["attachmentLayout"] = "list";
            activity["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.hero",
                ["content"] = new JsonObject { ["buttons"] = Actions(reply.Links) },
            });
        }

        return activity;
    }

    private static JsonArray Codes(IReadOnlyList<string>? codes) => new([.. (codes ?? []).Select(c => (JsonNode?)JsonValue.Create(c))]);

    private static JsonArray Actions(IEnumerable<CardAction> actions) =>
        new([.. actions.Select(a => (JsonNode?)new JsonObject { ["type"] = a.Type, ["title"] = a.Title, ["value"] = a.Value })]);
}

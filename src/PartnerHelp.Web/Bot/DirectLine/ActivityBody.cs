using System.Text.Json.Nodes;

namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>What <see cref="ActivityReader"/> read: the activity object, or that the body was too large to read.</summary>
public readonly record struct ActivityBody(JsonObject? Activity, bool TooLarge)
{
    /// <summary>A body over the endpoint's limit (answered 413).</summary>
    public static ActivityBody Oversized { get; } = new(null, true);
}

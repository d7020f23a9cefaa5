using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>Reads an activity body with a size limit; anything that is not one JSON object is refused.</summary>
public static class ActivityReader
{
    /// <summary>
    /// The activity (null when the body is not JSON or not an object), or <see cref="ActivityBody.TooLarge"/> when the
    /// body is over <paramref name="maxBytes"/> by its Content-Length or by what was read.
    /// </summary>
    public static async Task<ActivityBody> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return ActivityBody.Oversized;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return ActivityBody.Oversized;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return new ActivityBody(JsonNode.Parse(buffer.ToArray(), documentOptions: new JsonDocumentOptions { MaxDepth = 32 }) as JsonObject, false);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>Reads an activity body with a size limit; anything that is not one JSON object is refused.</summary>
public static class ActivityReader
{
    /// <summary>The activity, or null when the body is too large, not JSON or not an object.</summary>
    public static async Task<JsonObject?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray(), documentOptions: new JsonDocumentOptions { MaxDepth = 32 }) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

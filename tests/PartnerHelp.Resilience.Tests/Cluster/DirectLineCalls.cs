using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PartnerHelp.Resilience.Tests.Cluster;

/// <summary>Direct Line 3.0 calls against whichever node's client a call is given, as a load balancer would spread them.</summary>
public sealed class DirectLineCalls(string conversationId, string token)
{
    public string ConversationId { get; } = conversationId;

    public string Watermark { get; private set; } = string.Empty;

    /// <summary>Generates a token with <paramref name="node"/>'s sign-in cookie and starts the conversation on <paramref name="startOn"/>.</summary>
    public static async Task<DirectLineCalls> StartAsync(HttpClient node, HttpClient startOn)
    {
        using var generated = await node.PostAsync("/v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var body = (await generated.Content.ReadFromJsonAsync<JsonObject>())!;
        var calls = new DirectLineCalls((string)body["conversationId"]!, (string)body["token"]!);
        using var started = await calls.SendAsync(startOn, HttpMethod.Post, "/v3/directline/conversations", null);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return calls;
    }

    /// <summary>Posts a message through <paramref name="node"/>; returns the activity id.</summary>
    public async Task<string> PostAsync(HttpClient node, string text)
    {
        var activity = new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "cluster-user" }, ["text"] = text, ["locale"] = "en-US" };
        using var response = await SendAsync(node, HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    /// <summary>Activities after the current watermark, read through <paramref name="node"/>; moves the watermark.</summary>
    public async Task<IReadOnlyList<JsonObject>> ReadAsync(HttpClient node, string? from = null)
    {
        using var response = await SendAsync(node, HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={from ?? Watermark}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        if (from is null)
        {
            Watermark = (string)body["watermark"]!;
        }

        return ((JsonArray)body["activities"]!).OfType<JsonObject>().ToList();
    }

    public static string? Intent(JsonObject reply) => (string?)reply["channelData"]?["partnerhelp"]?["intent"];

    public static IReadOnlyList<string> ReasonCodes(JsonObject reply) =>
        reply["channelData"]?["partnerhelp"]?["reasonCodes"] is JsonArray codes ? codes.Select(c => (string)c!).ToList() : [];

    private async Task<HttpResponseMessage> SendAsync(HttpClient node, HttpMethod method, string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await node.SendAsync(request);
    }
}

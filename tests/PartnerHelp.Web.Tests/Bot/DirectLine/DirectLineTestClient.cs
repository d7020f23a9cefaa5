using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PartnerHelp.Web.Tests.Bot.DirectLine;

/// <summary>A small Direct Line client for tests: token, start, post, poll until the bot answers.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public string ConversationId { get; set; } = string.Empty;

    public string Token { get; set; } = string.Empty;

    public string Watermark { get; set; } = string.Empty;

    public static async Task<DirectLineTestClient> StartAsync(HttpClient http, string? locale = null)
    {
        var client = new DirectLineTestClient(http);
        using var generated = await http.PostAsync("/v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var body = (await generated.Content.ReadFromJsonAsync<JsonObject>())!;
        client.ConversationId = (string)body["conversationId"]!;
        client.Token = (string)body["token"]!;
        using var started = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", locale is null ? null : new JsonObject { ["locale"] = locale });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return client;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostRawAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return await http.SendAsync(request);
    }

    public async Task<string> PostAsync(string text, string? locale = null, string userId = "test-user")
    {
        var activity = new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = userId }, ["text"] = text };
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    /// <summary>Activities after the current watermark; moves the watermark.</summary>
    public async Task<JsonArray> ReadAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Watermark = (string)body["watermark"]!;
        return (JsonArray)body["activities"]!;
    }

    /// <summary>Posts a message and returns the bot's reply to it.</summary>
    public async Task<JsonObject> AskAsync(string text, string? locale = null)
    {
        var id = await PostAsync(text, locale);
        var activities = await ReadAsync();
        return activities.OfType<JsonObject>().Single(a => (string?)a["replyToId"] == id);
    }

    public static IReadOnlyList<string> ReasonCodes(JsonObject reply) =>
        ((JsonArray)reply["channelData"]!["partnerhelp"]!["reasonCodes"]!).Select(c => (string)c!).ToList();

    public static string? Intent(JsonObject reply) => (string?)reply["channelData"]!["partnerhelp"]!["topic"];

    public static string? Resource(JsonObject reply) => (string?)reply["channelData"]!["partnerhelp"]!["resource"];
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Bot.DirectLine;

public sealed class DirectLineEndpointsTests(PartnerHelpFactory factory) : IClassFixture<PartnerHelpFactory>
{
    [Fact]
    public async Task PostActivity_EchoesTheMessageAndAppendsTheReply_WithStringWatermark()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        var id = await client.PostAsync("hello");
        var activities = await client.ReadAsync();

        Assert.Equal(2, activities.Count);
        var echo = (JsonObject)activities[0]!;
        var reply = (JsonObject)activities[1]!;
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal("hello", (string?)echo["text"]);
        Assert.Equal("test-user", (string?)echo["from"]!["id"]);
        Assert.Equal(id, (string?)reply["replyToId"]);
        Assert.Equal("bot", (string?)reply["from"]!["role"]);
        Assert.EndsWith("Z", (string?)reply["timestamp"], StringComparison.Ordinal);
        Assert.Equal("2", client.Watermark);
        Assert.NotEmpty((JsonArray)reply["suggestedActions"]!["actions"]!);
    }

    [Fact]
    public async Task GetActivities_ReturnsOnlyNewerActivities_WhenResumingWithWatermark()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        await client.PostAsync("hello");
        await client.ReadAsync();
        Assert.Empty(await client.ReadAsync());
        Assert.Equal("2", client.Watermark);

        var second = await client.PostAsync("help");
        var newer = await client.ReadAsync();
        Assert.Equal(2, newer.Count);
        Assert.Equal(second, (string?)newer[0]!["id"]);
        Assert.Equal("4", client.Watermark);
    }

    [Fact]
    public async Task StartConversation_ReturnsOk_WhenAlreadyStarted()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        using var again = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = (await again.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        Assert.Equal(client.Token, (string?)body["token"]);
    }

    [Fact]
    public async Task StartConversation_AppendsTheWelcomeWithTopics_WhenTheClientNamesItsUser()
    {
        var http = factory.CreateClient();
        using var generated = await http.PostAsync("/v3/directline/tokens/generate", null);
        var body = (await generated.Content.ReadFromJsonAsync<JsonObject>())!;
        var client = new DirectLineTestClient(http) { ConversationId = (string)body["conversationId"]!, Token = (string)body["token"]! };
        using var started = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new JsonObject { ["user"] = new JsonObject { ["id"] = "web-user" }, ["locale"] = "vi-VN" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);

        var welcome = (JsonObject)Assert.Single(await client.ReadAsync())!;
        Assert.Equal("Greeting", DirectLineTestClient.Intent(welcome));
        Assert.Equal("vi", (string?)welcome["locale"]);
        Assert.Equal("web-user", (string?)welcome["suggestedActions"]!["to"]![0]);
        Assert.False(welcome.ContainsKey("replyToId"));
    }

    [Fact]
    public async Task GenerateToken_Returns403_WhenCalledFromAnotherOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Add("Origin", "https://evil.example");
        using var response = await factory.CreateClient().SendAsync(request);
        await AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Reconnect_ReturnsTheConversation_WhenTokenOpensIt()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark=0");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(client.ConversationId, (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]);
    }

    [Fact]
    public async Task RefreshToken_ReturnsANewTokenForTheSameConversation()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        Assert.NotEqual(client.Token, (string?)body["token"]);
        using var withNew = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: (string)body["token"]!);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task Requests_Return401_WhenNoBearerToken()
    {
        var http = factory.CreateClient();
        var client = await DirectLineTestClient.StartAsync(http);
        using var response = await http.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities");
        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "BadArgument");
    }

    [Fact]
    public async Task Requests_Return403_WhenTokenBelongsToAnotherConversation()
    {
        var http = factory.CreateClient();
        var mine = await DirectLineTestClient.StartAsync(http);
        var other = await DirectLineTestClient.StartAsync(http);
        using var read = await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{other.ConversationId}/activities");
        await AssertErrorAsync(read, HttpStatusCode.Forbidden, "Forbidden");
        using var post = await mine.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{other.ConversationId}/activities",
            new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "x" }, ["text"] = "hi" });
        await AssertErrorAsync(post, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Empty(await other.ReadAsync());
    }

    [Fact]
    public async Task Requests_Return403_WhenTokenIsUnknown()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: "not-a-token");
        await AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Requests_Return404_WhenConversationIsUnknown()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        using var response = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/no-such-conversation/activities");
        await AssertErrorAsync(response, HttpStatusCode.NotFound, "BadArgument");
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"from\":{\"id\":\"u\"},\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"no from\"}")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"text\":{\"nested\":true}}")]
    public async Task PostActivity_Returns400WithoutStackTrace_WhenActivityIsInvalid(string json)
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        using var response = await client.PostRawAsync(json);
        var body = await AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.Empty(await client.ReadAsync());
    }

    [Fact]
    public async Task PostActivity_Returns413_WhenBodyIsOversized()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        var json = "{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"text\":\"" + new string('a', 270_000) + "\"}";
        using var response = await client.PostRawAsync(json);
        var body = await AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "MessageSizeExceeded");
        Assert.Contains("too long", body, StringComparison.Ordinal);
        Assert.Empty(await client.ReadAsync());
    }

    [Fact]
    public async Task Upload_Returns501_BecauseAttachmentsAreNotSupported()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId=u");
        await AssertErrorAsync(response, HttpStatusCode.NotImplemented, "NotImplemented");
    }

    [Fact]
    public async Task GenerateToken_IgnoresTheUserIdInTheBody_WhenNotSignedIn()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        var reply = await client.AskAsync("Why is the Cancel button disabled for CT-1002?");
        Assert.Equal("OrderEligibility", DirectLineTestClient.Intent(reply));
        Assert.Empty(DirectLineTestClient.ReasonCodes(reply));
        Assert.Contains("/en/account/sign-in", reply.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateToken_CarriesTheSignedInUser_WhenCookieIsSent()
    {
        var http = factory.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(http, "admin@contoso.example");
        var client = await DirectLineTestClient.StartAsync(http);
        var reply = await client.AskAsync("Why is the Cancel button disabled for CT-1002?");
        Assert.Equal(["PurchaseWindowExpired"], DirectLineTestClient.ReasonCodes(reply));
        Assert.Contains("CT-1002", (string?)reply["text"], StringComparison.Ordinal);
    }

    internal static async Task<string> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var error = JsonNode.Parse(body)!["error"]!;
        Assert.Equal(code, (string?)error["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)error["message"]));
        return body;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Bot.DirectLine;

namespace PartnerHelp.Web.Tests.Bot.Connector;

public sealed class MessagesEndpointTests
{
    private const string AppId = "6f1a1c2e-0000-4000-8000-partnerhelp";

    [Fact]
    public async Task Messages_RepliesToTheActivity_WhenNoAppIdAndServiceUrlIsLoopback()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var factory = new PartnerHelpFactory();
        using var response = await PostAsync(factory.CreateClient(), Activity(channel.Url, "Vilka villkor gäller för återbetalning?", "sv-SE"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (path, authorization, reply) = Assert.Single(channel.Replies);
        Assert.Equal("/v3/conversations/conv%7C1/activities/act-1", path);
        Assert.Equal(string.Empty, authorization);
        Assert.Equal("act-1", (string?)reply["replyToId"]);
        Assert.Equal("bot-1", (string?)reply["from"]!["id"]);
        Assert.Equal("user-1", (string?)reply["recipient"]!["id"]);
        Assert.Equal("conv|1", (string?)reply["conversation"]!["id"]);
        Assert.Equal("emulator", (string?)reply["channelId"]);
        Assert.Equal("sv", (string?)reply["locale"]);
        Assert.Equal("MembershipCriteria", (string?)reply["channelData"]!["partnerhelp"]!["topic"]);
    }

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("http://10.0.0.5:9000/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    public async Task Messages_Returns403AndPostsNothing_WhenNoAppIdAndServiceUrlIsNotLoopback(string serviceUrl)
    {
        using var factory = new PartnerHelpFactory();
        using var response = await PostAsync(factory.CreateClient(), Activity(serviceUrl, "hello"));
        await DirectLineEndpointsTests.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Messages_GreetsNewMembers_WhenConversationUpdateArrives()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var factory = new PartnerHelpFactory();
        var update = Activity(channel.Url, null);
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-1" }, new JsonObject { ["id"] = "bot-1" });
        using var response = await PostAsync(factory.CreateClient(), update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Greeting", (string?)Assert.Single(channel.Replies).Activity["channelData"]!["partnerhelp"]!["intent"]);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"type\":\"message\",\"text\":\"no serviceUrl, channel or conversation\"}")]
    public async Task Messages_Returns400WithoutStackTrace_WhenActivityIsInvalid(string json)
    {
        using var factory = new PartnerHelpFactory();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await factory.CreateClient().PostAsync("/api/messages", content);
        var body = await DirectLineEndpointsTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_Replies_WhenChannelTokenIsValid()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var factory = WithAppId(channel);
        using var response = await PostAsync(factory.CreateClient(), Activity(channel.Url, "hello"), channel.Token(AppId, channel.Url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(channel.Replies);
    }

    [Fact]
    public async Task Messages_Returns401_WhenAppIdIsSetAndNoTokenIsSent()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var factory = WithAppId(channel);
        using var response = await PostAsync(factory.CreateClient(), Activity(channel.Url, "hello"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(channel.Replies);
    }

    public static TheoryData<string> BadTokens => new() { "bogus", "wrong-audience", "wrong-issuer", "expired", "foreign-key", "other-service-url", "unendorsed-channel" };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Messages_Returns403_WhenChannelTokenIsInvalid(string kind)
    {
        await using var channel = await FakeChannel.StartAsync();
        using var factory = WithAppId(channel);
        using var foreign = RSA.Create(2048);
        var token = kind switch
        {
            "bogus" => "not.a.jwt",
            "wrong-audience" => channel.Token("someone-else", channel.Url),
            "wrong-issuer" => channel.Token(AppId, channel.Url, issuer: "https://evil.example"),
            "expired" => channel.Token(AppId, channel.Url, expiresIn: TimeSpan.FromMinutes(-10)),
            "foreign-key" => channel.Token(AppId, channel.Url, signWith: foreign),
            "other-service-url" => channel.Token(AppId, "https://elsewhere.example/"),
            _ => channel.Token(AppId, channel.Url),
        };

        var activity = Activity(channel.Url, "hello");
        if (kind == "unendorsed-channel")
        {
            activity["channelId"] = "msteams";
        }

        using var response = await PostAsync(factory.CreateClient(), activity, token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(channel.Replies);
    }

    private static PartnerHelpFactory WithAppId(FakeChannel channel)
    {
        var factory = new PartnerHelpFactory();
        factory.Settings["Bot:MicrosoftAppId"] = AppId;
        factory.Settings["Bot:OpenIdMetadataUrl"] = channel.MetadataUrl;
        return factory;
    }

    private static JsonObject Activity(string serviceUrl, string? text, string locale = "en-US") => new()
    {
        ["type"] = "message",
        ["id"] = "act-1",
        ["timestamp"] = "2026-11-22T00:00:00.000Z",
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = "conv|1" },
        ["locale"] = locale,
        ["text"] = text,
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, JsonObject activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }
}

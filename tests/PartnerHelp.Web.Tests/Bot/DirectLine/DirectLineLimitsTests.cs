using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Bot.DirectLine;

public sealed class DirectLineLimitsTests
{
    [Fact]
    public async Task Requests_Return403TokenExpired_WhenTokenHasExpired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = new PartnerHelpFactory { Clock = clock };
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        clock.Advance(TimeSpan.FromMinutes(31));

        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");
        await DirectLineEndpointsTests.AssertErrorAsync(read, HttpStatusCode.Forbidden, "TokenExpired");
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        await DirectLineEndpointsTests.AssertErrorAsync(refresh, HttpStatusCode.Forbidden, "TokenExpired");
    }

    [Fact]
    public async Task PostActivity_Returns429_WhenOneTokenFloods()
    {
        using var factory = new PartnerHelpFactory();
        factory.Settings["Bot:MessagesPerMinute"] = "5";
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsync("hello");
        }

        using var flooded = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities",
            new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "u" }, ["text"] = "hello" });
        await DirectLineEndpointsTests.AssertErrorAsync(flooded, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.Equal(10, (await client.ReadAsync()).Count);
    }

    [Fact]
    public async Task Secret_StartsAnonymousConversations_ButCannotBeRefreshed()
    {
        using var factory = new PartnerHelpFactory();
        factory.Settings["Bot:DirectLineSecret"] = "server-side-secret-for-tests";
        var http = factory.CreateClient();
        var viaSecret = new DirectLineTestClient(http) { Token = "server-side-secret-for-tests" };

        using var started = await viaSecret.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotEqual("server-side-secret-for-tests", (string?)conversation["token"]);
        Assert.StartsWith("ws://", (string?)conversation["streamUrl"], StringComparison.Ordinal);

        var client = new DirectLineTestClient(http) { ConversationId = (string)conversation["conversationId"]!, Token = (string)conversation["token"]! };
        Assert.Equal("Greeting", DirectLineTestClient.Intent(await client.AskAsync("hello")));
        viaSecret.ConversationId = client.ConversationId;
        Assert.Equal(2, (await viaSecret.ReadAsync()).Count);

        using var refresh = await viaSecret.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        await DirectLineEndpointsTests.AssertErrorAsync(refresh, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Conversation_ContinuesOnAnotherNode_BecauseStateIsInTheDatabase()
    {
        using var first = new PartnerHelpFactory();
        var http = first.CreateBrowserLikeClient();
        await SiteSignIn.AsAsync(http, "admin@contoso.example");
        var client = await DirectLineTestClient.StartAsync(http);
        var question = await client.AskAsync("Why is my cancel button disabled?");
        Assert.Contains("CT-1002", question["suggestedActions"]!.ToJsonString(), StringComparison.Ordinal);

        using var second = new PartnerHelpFactory();
        second.Settings["ConnectionStrings:PartnerHelp"] = $"Data Source={first.DatabasePath}";
        var onSecond = new DirectLineTestClient(second.CreateClient()) { ConversationId = client.ConversationId, Token = client.Token };

        var answer = await onSecond.AskAsync("CT-1002");
        Assert.Equal(["PurchaseWindowExpired"], DirectLineTestClient.ReasonCodes(answer));
    }
}

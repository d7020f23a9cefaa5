using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Bot.DirectLine;

public sealed class ActivityStreamTests(PartnerHelpFactory factory) : IClassFixture<PartnerHelpFactory>
{
    [Fact]
    public async Task Stream_PushesTheEchoAndTheReply_WhenAMessageIsPosted()
    {
        var http = factory.CreateClient();
        var client = await DirectLineTestClient.StartAsync(http);
        using var again = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}");
        var streamUrl = (string)(await again.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!;
        Assert.StartsWith("ws://", streamUrl, StringComparison.Ordinal);

        using var socket = await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        var id = await client.PostAsync("help");

        var received = new List<JsonObject>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!received.Any(a => (string?)a["replyToId"] == id))
        {
            var set = await ReceiveAsync(socket, timeout.Token);
            Assert.IsType<string>((string?)set["watermark"]);
            received.AddRange(((JsonArray)set["activities"]!).OfType<JsonObject>());
        }

        Assert.Equal(id, (string?)received[0]["id"]);
        Assert.Equal("Help", DirectLineTestClient.Intent(received.Single(a => (string?)a["replyToId"] == id)));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task Stream_RefusesTheUpgrade_WhenTokenDoesNotOpenTheConversation()
    {
        var http = factory.CreateClient();
        var mine = await DirectLineTestClient.StartAsync(http);
        var other = await DirectLineTestClient.StartAsync(http);
        var url = new Uri($"ws://localhost/v3/directline/conversations/{other.ConversationId}/stream?t={mine.Token}");
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => factory.Server.CreateWebSocketClient().ConnectAsync(url, CancellationToken.None));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
    }
}

using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>
/// The Direct Line WebSocket stream (<c>streamUrl</c>): pushes <c>{activities, watermark}</c> sets as they are
/// appended. The log is in the database, so the stream polls it; whichever node appended an activity, every
/// node's streams deliver it. Client messages (directlinejs sends empty pings) are read and ignored.
/// </summary>
public sealed class ActivityStream(ActivityLog log, DirectLineTokens tokens, TimeProvider time, IOptions<BotOptions> options)
{
    /// <summary>The stream URL for a conversation, carrying the token as Direct Line does (<c>?t=</c>).</summary>
    public static string UrlFor(HttpRequest request, string conversationId, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
    }

    /// <summary>Streams until the client leaves, the token expires or the request is aborted.</summary>
    public async Task RunAsync(WebSocket socket, string conversationId, string token, int watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = DiscardIncomingAsync(socket, stop);
        var delay = TimeSpan.FromMilliseconds(Math.Max(100, options.Value.StreamPollMilliseconds));
        try
        {
            while (socket.State == WebSocketState.Open && !stop.IsCancellationRequested)
            {
                var check = await tokens.CheckAsync(token, stop.Token);
                if (!check.Opens(conversationId))
                {
                    await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "token expired", CancellationToken.None);
                    break;
                }

                var (activities, next) = await log.ReadAsync(conversationId, watermark, stop.Token);
                if (activities.Count > 0)
                {
                    watermark = ActivityLog.ParseWatermark(next);
                    var set = JsonSerializer.SerializeToUtf8Bytes(new { activities, watermark = next });
                    await socket.SendAsync(set, WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                }

                await Task.Delay(delay, time, stop.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away: nothing to clean up beyond the socket.
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
    }

    private static async Task DiscardIncomingAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closed or aborted.
        }

        await stop.CancelAsync();
    }
}

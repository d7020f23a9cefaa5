namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>The <c>streamUrl</c> endpoint of Direct Line: <c>GET …/conversations/{id}/stream?t={token}</c> with a WebSocket upgrade.</summary>
public static class DirectLineStreamEndpoint
{
    // Browsers cannot set headers on a WebSocket, so the token travels in the query (?t=), as in Direct Line.
    /// <summary>Upgrades to the WebSocket stream when the <c>t</c> token opens the conversation.</summary>
    public static async Task<IResult> StreamAsync(
        string conversationId, string? t, string? watermark, HttpContext context, DirectLineTokens tokens, DirectLineErrors errors, ActivityStream stream, CancellationToken cancellationToken)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return errors.BadActivity();
        }

        var check = t is { Length: > 0 and < 512 } ? await tokens.CheckAsync(t, cancellationToken) : null;
        if (check is null || check.State == TokenState.Unknown)
        {
            return errors.Forbidden();
        }

        if (check.State == TokenState.Expired)
        {
            return errors.Expired();
        }

        if (!check.Opens(conversationId))
        {
            return errors.Forbidden();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await stream.RunAsync(socket, conversationId, t!, ActivityLog.ParseWatermark(watermark), cancellationToken);
        return Results.Empty;
    }
}

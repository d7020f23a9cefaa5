using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Web.Bot.DirectLine;

namespace PartnerHelp.Web.Bot.Connector;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework Activity protocol. With an app id, only activities carrying a
/// valid channel JWT are accepted; without one (local, as the Emulator expects) only a loopback caller with a
/// loopback serviceUrl is, so the endpoint never relays to arbitrary hosts. Channel users are not site users: answers are general.
/// </summary>
public static class MessagesEndpoint
{
    /// <summary>Maps <c>/api/messages</c>.</summary>
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync).DisableAntiforgery().RequireBotRateLimit(BotRateLimits.Channel);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptions<BotOptions> options,
        ChannelAuthenticator authenticator,
        DirectLineErrors errors,
        BotRunner bot,
        ConnectorClient connector,
        PartnerHelpDbContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (activity, tooLarge) = await ActivityReader.ReadAsync(context.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (tooLarge)
        {
            return errors.TooLarge();
        }

        var serviceUrl = ServiceUrls.Parse(ActivityJson.String(activity, "serviceUrl"));
        var channelId = ActivityJson.String(activity, "channelId");
        var conversationId = ActivityJson.String(activity, "conversation", "id");
        if (activity is null || serviceUrl is null || ActivityJson.String(activity, "type") is not { Length: > 0 }
            || channelId is not { Length: > 0 and <= 32 } || conversationId is not { Length: > 0 and <= 1024 })
        {
            return errors.BadActivity();
        }

        if ((ActivityJson.String(activity, "text")?.Length ?? 0) > options.Value.MaxTextLength)
        {
            return errors.TextTooLong(options.Value.MaxTextLength);
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(options.Value.MicrosoftAppId))
        {
            if (authorization.Length > 0)
            {
                return errors.Unauthorized();
            }

            // Local mode is for the Emulator on this machine: the caller and the serviceUrl must both be local,
            // so a site deployed without an app id cannot be made to post to its own loopback services.
            if (!ServiceUrls.IsLoopback(serviceUrl) || context.Connection.RemoteIpAddress is { } caller && !System.Net.IPAddress.IsLoopback(caller))
            {
                return errors.ServiceUrlRefused();
            }
        }
        else if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return errors.Unauthorized();
        }
        else if (!await authenticator.IsValidAsync(authorization["Bearer ".Length..].Trim(), serviceUrl.OriginalString, channelId, cancellationToken))
        {
            return errors.Forbidden();
        }

        var conversation = await ConversationAsync(db, time, channelId, conversationId, cancellationToken);
        var siteBase = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var reply = await bot.ReplyAsync(activity, conversation, siteBase, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        bot.Committed(activity, reply);
        if (reply is not null && !await connector.ReplyAsync(serviceUrl, conversationId, ActivityJson.String(activity, "id"), reply, cancellationToken))
        {
            return errors.BotFailed();
        }

        return Results.Ok();
    }

    // Channel conversation ids can be long and contain anything: key the stored state by a hash.
    private static async Task<BotConversation> ConversationAsync(PartnerHelpDbContext db, TimeProvider time, string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = "ch_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}\n{conversationId}")));
        var now = time.GetUtcNow();
        var conversation = await db.Set<BotConversation>().SingleOrDefaultAsync(c => c.Id == key, cancellationToken);
        if (conversation is null)
        {
            conversation = new BotConversation { Id = key, ChannelId = channelId, CreatedAt = now, StartedAt = now, LastActivityAt = now };
            db.Set<BotConversation>().Add(conversation);
        }

        conversation.LastActivityAt = now;
        return conversation;
    }
}

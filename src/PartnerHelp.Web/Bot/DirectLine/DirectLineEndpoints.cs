using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>The Direct Line 3.0 REST API over the database-backed activity log (polling here; the WebSocket stream is <see cref="DirectLineStreamEndpoint"/>).</summary>
public static class DirectLineEndpoints
{
    /// <summary>Maps <c>/v3/directline/…</c>.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v3/directline").DisableAntiforgery();
        group.MapPost("/tokens/generate", GenerateAsync).RequireBotRateLimit(BotRateLimits.Tokens);
        group.MapPost("/tokens/refresh", RefreshAsync).RequireBotRateLimit(BotRateLimits.Tokens);
        group.MapPost("/conversations", StartAsync).RequireBotRateLimit(BotRateLimits.Tokens);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync).RequireBotRateLimit(BotRateLimits.Reads);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).RequireBotRateLimit(BotRateLimits.Messages);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync).RequireBotRateLimit(BotRateLimits.Reads);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.StreamAsync).RequireBotRateLimit(BotRateLimits.Reads);
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        return endpoints;
    }

    // The sign-in cookie decides who the token speaks for; a body's user id never does. The cookie is
    // SameSite=Lax, and a cross-origin page is refused outright, so no other site can mint a token for the user.
    private static async Task<IResult> GenerateAsync(HttpContext context, DirectLineTokens tokens, DirectLineErrors errors, CancellationToken cancellationToken)
    {
        if (DirectLineAuthorization.IsCrossOrigin(context.Request))
        {
            return errors.Forbidden();
        }

        var requester = context.User.ToRequester();
        return Results.Ok(await tokens.CreateConversationAsync(requester.UserId, cancellationToken));
    }

    // Uploads are not supported, but only a holder of the conversation's token learns that: everyone else gets 401/403 like any other call.
    private static async Task<IResult> UploadAsync(string conversationId, HttpContext context, DirectLineTokens tokens, DirectLineErrors errors, CancellationToken cancellationToken)
    {
        var (_, failure) = await DirectLineAuthorization.CheckAsync(context, tokens, errors, conversationId, cancellationToken);
        return failure ?? errors.UploadNotSupported();
    }

    private static async Task<IResult> RefreshAsync(HttpContext context, DirectLineTokens tokens, DirectLineErrors errors, CancellationToken cancellationToken)
    {
        var (check, failure) = await DirectLineAuthorization.CheckAsync(context, tokens, errors, null, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        return check!.State == TokenState.Secret ? errors.Forbidden() : Results.Ok(await tokens.RefreshAsync(check.ConversationId!, cancellationToken));
    }

    private static async Task<IResult> StartAsync(
        HttpContext context, DirectLineTokens tokens, DirectLineErrors errors, PartnerHelpDbContext db, DirectLineConversation conversations, TimeProvider time, CancellationToken cancellationToken)
    {
        var (check, failure) = await DirectLineAuthorization.CheckAsync(context, tokens, errors, null, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var read = await ActivityReader.ReadAsync(context.Request, 4096, cancellationToken);
        if (read.TooLarge)
        {
            return errors.TooLarge();
        }

        var body = read.Activity;
        if (check!.State == TokenState.Secret)
        {
            var created = await tokens.CreateConversationAsync(null, cancellationToken);
            await RememberLocaleAsync(db, created.ConversationId, body, time, cancellationToken);
            return Results.Json(created with { StreamUrl = ActivityStream.UrlFor(context.Request, created.ConversationId, created.Token) }, statusCode: StatusCodes.Status201Created);
        }

        var started = await RememberLocaleAsync(db, check.ConversationId!, body, time, cancellationToken);
        if (started && ActivityJson.String(body, "user", "id") is { Length: > 0 and <= 256 } userId)
        {
            await conversations.WelcomeAsync(check.ConversationId!, userId, DirectLineAuthorization.SiteBase(context), cancellationToken);
        }

        var conversation = new IssuedToken(check.ConversationId!, DirectLineAuthorization.BearerToken(context)!, SecondsLeft(check, time))
        {
            StreamUrl = ActivityStream.UrlFor(context.Request, check.ConversationId!, DirectLineAuthorization.BearerToken(context)!),
        };
        return Results.Json(conversation, statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(string conversationId, HttpContext context, DirectLineTokens tokens, DirectLineErrors errors, TimeProvider time, CancellationToken cancellationToken)
    {
        var (check, failure) = await DirectLineAuthorization.CheckAsync(context, tokens, errors, conversationId, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var issued = check!.State == TokenState.Secret
            ? await tokens.RefreshAsync(conversationId, cancellationToken)
            : new IssuedToken(conversationId, DirectLineAuthorization.BearerToken(context)!, SecondsLeft(check, time));
        return Results.Ok(issued with { StreamUrl = ActivityStream.UrlFor(context.Request, conversationId, issued.Token) });
    }

    private static async Task<IResult> GetActivitiesAsync(string conversationId, string? watermark, HttpContext context, DirectLineTokens tokens, DirectLineErrors errors, ActivityLog log, CancellationToken cancellationToken)
    {
        var (_, failure) = await DirectLineAuthorization.CheckAsync(context, tokens, errors, conversationId, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var (activities, next) = await log.ReadAsync(conversationId, ActivityLog.ParseWatermark(watermark), cancellationToken);
        return Results.Ok(new { activities, watermark = next });
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId,
        HttpContext context,
        DirectLineTokens tokens,
        DirectLineErrors errors,
        DirectLineConversation conversations,
        IOptions<BotOptions> options,
        CancellationToken cancellationToken)
    {
        var (_, failure) = await DirectLineAuthorization.CheckAsync(context, tokens, errors, conversationId, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var (activity, tooLarge) = await ActivityReader.ReadAsync(context.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (tooLarge)
        {
            return errors.TooLarge();
        }

        if (activity is null || !IsValid(activity))
        {
            return errors.BadActivity();
        }

        if ((ActivityJson.String(activity, "text")?.Length ?? 0) > options.Value.MaxTextLength)
        {
            return errors.TextTooLong(options.Value.MaxTextLength);
        }

        var id = await conversations.ReceiveAsync(conversationId, activity, DirectLineAuthorization.SiteBase(context), cancellationToken);
        return id is null ? errors.BotFailed() : Results.Ok(new { id });
    }

    private static bool IsValid(JsonObject activity) =>
        ActivityJson.String(activity, "type") is { Length: > 0 and <= 64 }
        && ActivityJson.String(activity, "from", "id") is { Length: > 0 and <= 256 }
        && activity["text"] is null or JsonValue;

    private static int SecondsLeft(TokenCheck check, TimeProvider time) =>
        (int)Math.Max(0, ((check.ExpiresAt ?? time.GetUtcNow()) - time.GetUtcNow()).TotalSeconds);

    /// <summary>Marks the conversation started and keeps the client's locale; true when this call started it.</summary>
    private static async Task<bool> RememberLocaleAsync(PartnerHelpDbContext db, string conversationId, JsonObject? body, TimeProvider time, CancellationToken cancellationToken)
    {
        var conversation = await db.Set<BotConversation>().SingleAsync(c => c.Id == conversationId, cancellationToken);
        var started = conversation.StartedAt is null;
        conversation.StartedAt ??= time.GetUtcNow();
        if (Dialog.ReplyCulture.Supported(ActivityJson.String(body, "locale")) is { } locale)
        {
            conversation.Locale ??= locale;
        }

        await db.SaveChangesAsync(cancellationToken);
        return started;
    }
}

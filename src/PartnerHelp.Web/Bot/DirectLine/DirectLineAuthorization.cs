using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>
/// Who may call a Direct Line route: no header → 401; unknown token → 403; expired → 403 TokenExpired;
/// a conversation that does not exist → 404; one the token does not open → 403.
/// </summary>
public static class DirectLineAuthorization
{
    /// <summary>Checks the bearer token; for a conversation route also that it opens that conversation.</summary>
    public static async Task<(TokenCheck? Check, IResult? Failure)> CheckAsync(
        HttpContext context, DirectLineTokens tokens, DirectLineErrors errors, string? conversationId, CancellationToken cancellationToken)
    {
        if (BearerToken(context) is not { } token)
        {
            return (null, errors.Unauthorized());
        }

        var check = await tokens.CheckAsync(token, cancellationToken);
        if (check.State == TokenState.Unknown)
        {
            return (null, errors.Forbidden());
        }

        if (check.State == TokenState.Expired)
        {
            return (null, errors.Expired());
        }

        if (conversationId is null || check.Opens(conversationId) && check.State != TokenState.Secret)
        {
            return (check, null);
        }

        var db = context.RequestServices.GetRequiredService<PartnerHelpDbContext>();
        var exists = await db.Set<BotConversation>().AnyAsync(c => c.Id == conversationId && c.ChannelId == "directline", cancellationToken);
        return !exists ? (null, errors.NotFound()) : check.Opens(conversationId) ? (check, null) : (null, errors.Forbidden());
    }

    /// <summary>The absolute base of site links for this request.</summary>
    public static string SiteBase(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";

    /// <summary>Whether a browser sent the request from another origin.</summary>
    public static bool IsCrossOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The bearer token of the Authorization header, if well formed.</summary>
    public static string? BearerToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length > prefix.Length && header.Length < 512
            ? header[prefix.Length..].Trim()
            : null;
    }
}

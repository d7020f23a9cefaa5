using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace PartnerHelp.Web.Caching;

/// <summary>
/// Lets the output cache store a response whose only cookie is the culture cookie. A request whose culture cookie
/// differs from the URL's culture (a first visit, a link from another language, a client that keeps no cookies) is
/// answered with that cookie, and the default rules never store a response that sets a cookie, so such visitors were
/// never served from the cache however often they came. The culture cookie says nothing about the visitor: it is the
/// URL's culture, which every cache key here already holds. It is also written again on every request, hit or miss,
/// before the cache answers (<c>RememberRouteCulture</c>), so an entry adds nothing a visitor would not get anyway.
/// </summary>
public sealed class CultureCookie : IOutputCachePolicy
{
    private static readonly string Prefix = CookieRequestCultureProvider.DefaultCookieName + "=";

    /// <inheritdoc />
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <inheritdoc />
    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Runs after the default rules: stores a 200 they refused only for the culture cookie.</summary>
    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (context.EnableOutputCaching && !context.AllowCacheStorage && response.StatusCode == StatusCodes.Status200OK && IsTheOnlyCookie(response))
        {
            context.AllowCacheStorage = true;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Whether every cookie the response sets is the culture cookie (false when it sets none).</summary>
    private static bool IsTheOnlyCookie(HttpResponse response)
    {
        var cookies = response.Headers.SetCookie;
        if (cookies.Count == 0)
        {
            return false;
        }

        foreach (var cookie in cookies)
        {
            if (cookie is null || !cookie.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

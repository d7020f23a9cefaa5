using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Security;

/// <summary>
/// Gives a session the form token it was given a moment ago instead of protecting a new one. Every signed-in page has
/// a form (sign-out in the header), and making its token cost two data-protection operations — the cookie token
/// decrypted, the request token encrypted — about 8% of a memberships first view (docs/performance.md).
/// </summary>
/// <remarks>
/// A request token carries nothing but the cookie token's secret and the user's identity, so the one issued to the same
/// antiforgery cookie and the same user is as valid as a fresh one; it validates the same way. Tokens are remembered
/// only when the inner service accepted the request's cookie (it issued no new cookie), keyed by that cookie's whole
/// value and the user's identifier, for <see cref="ShortMemory{TKey, TValue}.Lifetime"/>: a revoked data protection
/// key is honoured within that time. A remembered answer sets the same no-cache headers as a fresh one. Validation and
/// everything else go to the inner service unchanged.
/// </remarks>
public sealed class RememberedAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options, TimeProvider time) : IAntiforgery
{
    private readonly ShortMemory<(string Cookie, string User), AntiforgeryTokenSet> _tokens = new(time);

    /// <inheritdoc />
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (options.Value.Cookie.Name is not { } name || httpContext.Request.Cookies[name] is not { Length: > 0 } cookie)
        {
            return inner.GetAndStoreTokens(httpContext);
        }

        var key = (cookie, UserKey(httpContext.User));
        if (_tokens.TryRecall(key, out var known))
        {
            SetDoNotCacheHeaders(httpContext.Response);
            return known;
        }

        var tokens = inner.GetAndStoreTokens(httpContext);
        if (tokens.CookieToken is null)
        {
            // The request's cookie was valid and kept: the tokens belong to it.
            _tokens.Remember(key, tokens);
        }

        return tokens;
    }

    /// <inheritdoc />
    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    /// <inheritdoc />
    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    /// <inheritdoc />
    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    /// <inheritdoc />
    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    // The identity a request token is bound to: the name identifier (with its issuer) and the name, as the inner
    // token generator reads them; empty when anonymous.
    private static string UserKey(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return string.Empty;
        }

        var id = user.FindFirst(ClaimTypes.NameIdentifier);
        return $"{user.Identity.AuthenticationType}\n{id?.Issuer}\n{id?.Value}\n{user.Identity.Name}";
    }

    // What the inner service does to every response carrying a token: it must never be cached.
    private void SetDoNotCacheHeaders(HttpResponse response)
    {
        if (response.HasStarted)
        {
            return;
        }

        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers.Pragma = "no-cache";
        if (!options.Value.SuppressXFrameOptionsHeader && !response.Headers.ContainsKey("X-Frame-Options"))
        {
            response.Headers.XFrameOptions = "SAMEORIGIN";
        }
    }

    /// <summary>Wraps the registered <see cref="IAntiforgery"/> (an internal type of ASP.NET Core) in this memo.</summary>
    public static void Decorate(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registered = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        var type = registered.ImplementationType ?? throw new InvalidOperationException("IAntiforgery is not registered by type.");
        services.Add(ServiceDescriptor.Describe(type, type, registered.Lifetime));
        services.Replace(ServiceDescriptor.Describe(typeof(IAntiforgery), provider => new RememberedAntiforgery(
            (IAntiforgery)provider.GetRequiredService(type),
            provider.GetRequiredService<IOptions<AntiforgeryOptions>>(),
            provider.GetRequiredService<TimeProvider>()), registered.Lifetime));
    }
}

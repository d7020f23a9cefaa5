using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using PartnerHelp.Infrastructure.Persistence.Counters;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Caching;

/// <summary>
/// Output caching for a signed-in partner's own pages. An entry serves only the browser session it was rendered
/// for (the key holds a hash of the request's cookies: sign-in and antiforgery, so the sign-out form's token stays
/// valid), and only while the partner's data is unchanged: the key holds the partner's data version, which every
/// save touching the partner raises in the same transaction (<see cref="ChangeCounters"/>), so a change made on
/// any node is seen by the next request on every node. Refund rules count whole UTC days, so the key also holds
/// today's UTC date. Responses that are not 200, or set a cookie other than the culture's (<see cref="CultureCookie"/>), are never stored.
/// </summary>
public sealed class PartnerPageCachePolicy : IOutputCachePolicy
{
    /// <summary>How long an entry may live at most (it is superseded much sooner by any change).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var partnerId = http.User.Identity?.IsAuthenticated == true ? http.User.ToRequester().PartnerId : null;
        var cookies = http.Request.Headers.Cookie;
        if (partnerId is null || StringValues.IsNullOrEmpty(cookies) || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
        {
            context.EnableOutputCaching = false;
            return;
        }

        var version = await http.RequestServices.GetRequiredService<PartnerVersions>().ReadAsync(partnerId, cancellation);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["partner"] = partnerId;
        context.CacheVaryByRules.VaryByValues["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["day"] = now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["session"] = SessionHash(cookies);
        var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        context.ResponseExpirationTimeSpan = midnight - now < Lifetime ? midnight - now : Lifetime;
    }

    /// <inheritdoc />
    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || (!StringValues.IsNullOrEmpty(response.Headers.SetCookie) && !CultureCookie.IsTheOnlyCookie(response)))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static string SessionHash(StringValues cookies)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(cookies.ToString()), hash);
        return Convert.ToBase64String(hash);
    }
}

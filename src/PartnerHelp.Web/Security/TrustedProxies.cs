using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PartnerHelp.Web.Security;

/// <summary>
/// Behind a load balancer every request arrives from the balancer's address, so the per-address rate limits would
/// put all clients of a node in one budget. <c>Network:TrustedProxies</c> lists the balancers' addresses; requests
/// from them take the client address (and scheme) from <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>. Nothing
/// is trusted unless listed, so a client reaching a node directly cannot pick its own address.
/// </summary>
public static class TrustedProxies
{
    /// <summary>Configuration key of the list of proxy addresses.</summary>
    public const string Key = "Network:TrustedProxies";

    /// <summary>Configures the forwarded-headers middleware for the listed proxies; false when none are listed.</summary>
    public static bool AddPartnerHelpTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(Key).Get<string[]>() ?? [];
        if (proxies.Length == 0)
        {
            return false;
        }

        var addresses = proxies.Select(p => IPAddress.TryParse(p.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"{Key} holds '{p}', which is not an IP address.")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var address in addresses)
            {
                options.KnownProxies.Add(address);
            }
        });
        return true;
    }

    /// <summary>Applies forwarded headers from trusted proxies, before anything reads the client's address or scheme.</summary>
    public static IApplicationBuilder UsePartnerHelpTrustedProxies(this IApplicationBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(app);
        return configuration.GetSection(Key).Get<string[]>() is { Length: > 0 } ? app.UseForwardedHeaders() : app;
    }
}

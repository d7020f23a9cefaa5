using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PartnerHelp.Web.Security;

/// <summary>
/// HTTPS redirection and HSTS only when the site actually listens on HTTPS: the demo and the tests run
/// on plain http://127.0.0.1 and must keep working there.
/// </summary>
public static class HttpsEndpoints
{
    /// <summary>Whether any configured or bound address is HTTPS.</summary>
    public static bool Configured(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var configured = string.Join(';', app.Configuration["urls"], app.Configuration["ASPNETCORE_URLS"], app.Configuration["HTTPS_PORTS"]);
        var kestrel = app.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]);
        var bound = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return configured.Contains("https://", StringComparison.OrdinalIgnoreCase)
            || !string.IsNullOrEmpty(app.Configuration["HTTPS_PORTS"])
            || kestrel.Concat(bound).Any(url => url?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true);
    }
}

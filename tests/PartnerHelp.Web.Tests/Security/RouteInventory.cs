using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Security;

/// <summary>
/// Every route the site maps, read from its own <see cref="EndpointDataSource"/>: "PAGE /pattern" for a Razor page
/// (one endpoint serves all its handlers), "GET /pattern" / "POST /pattern" for a minimal API. Static assets are
/// files, not routes, and are left out.
/// </summary>
public static class RouteInventory
{
    public static IReadOnlyList<string> Routes(PartnerHelpFactory factory)
    {
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<ActionDescriptor>() is not null)
            {
                routes.Add($"PAGE {pattern}");
                continue;
            }

            if (IsStaticAsset(endpoint))
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var method in methods)
            {
                routes.Add($"{method} {pattern}");
            }
        }

        return [.. routes];
    }

    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor")
        || (endpoint.RoutePattern.Parameters.Count == 0 && Path.HasExtension(endpoint.RoutePattern.RawText) && endpoint.DisplayName?.Contains("StaticAsset", StringComparison.OrdinalIgnoreCase) == true);
}

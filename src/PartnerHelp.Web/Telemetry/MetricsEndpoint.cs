namespace PartnerHelp.Web.Telemetry;

/// <summary>
/// <c>/metrics</c> in Prometheus text format for the clients <see cref="MetricsAccess"/> allows. Anyone else falls through
/// to the rest of the pipeline, where nothing answers that path: the same 404 page as any unknown address, so the endpoint
/// does not reveal itself.
/// </summary>
public static class MetricsEndpoint
{
    /// <summary>The scrape path.</summary>
    public const string Path = "/metrics";

    /// <summary>Adds the scrape endpoint; call it after the forwarded headers are applied.</summary>
    public static IApplicationBuilder UsePartnerHelpMetrics(this IApplicationBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(app);
        var access = new MetricsAccess(configuration);
        return app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase) && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && access.Allows(context));
    }
}

using System.Diagnostics.Metrics;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PartnerHelp.Core.Telemetry;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Web.Telemetry;

/// <summary>
/// OpenTelemetry for the site: ASP.NET Core, HttpClient, runtime, EF Core and database metrics and PartnerHelp's own
/// meter, scraped at <c>/metrics</c> (<see cref="MetricsEndpoint"/>); and, when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
/// set, traces, metrics and logs pushed over OTLP.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard variable (or configuration key) that turns OTLP export on.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service name on every metric and span, unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string ServiceName = "PartnerHelp";

    /// <summary>Registers the meters, the Prometheus exporter and, when configured, OTLP export with tracing.</summary>
    public static IServiceCollection AddPartnerHelpTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Microsoft.EntityFrameworkCore")
                    .AddMeter(PartnerHelpMetrics.MeterName)
                    // Answered fresh: only allowed scrapers reach it, every 15 s or so, and a cached answer would lag the counts.
                    .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);

                // Exporters subscribe by meter name, process-wide: keep this host's PartnerHelp meter only, so two hosts in
                // one process (the test suites) never report each other's refunds.
                ((IDeferredMeterProviderBuilder)metrics).Configure((container, builder) =>
                {
                    var own = container.GetRequiredService<IMeterFactory>();
                    builder.AddView(instrument => instrument.Meter.Name == PartnerHelpMetrics.MeterName && !ReferenceEquals(instrument.Meter.Scope, own)
                        ? MetricStreamConfiguration.Drop
                        : null);
                });
                if (database == DatabaseProvider.PostgreSql)
                {
                    metrics.AddNpgsqlInstrumentation();
                }
            });

        // Spans only go somewhere over OTLP: without it none are made, so requests pay nothing for tracing.
        if (otlp)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.SetSampler(new ParentBasedSampler(new RequestRootSampler()))
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (database == DatabaseProvider.PostgreSql)
                {
                    tracing.AddNpgsql();
                }
                else
                {
                    tracing.AddEntityFrameworkCoreInstrumentation();
                }
            });
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}

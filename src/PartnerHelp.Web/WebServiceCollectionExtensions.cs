using System.Text.Json.Serialization;
using PartnerHelp.Web.Eligibility;
using PartnerHelp.Web.Health;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Refunds;

namespace PartnerHelp.Web;

/// <summary>Razor Pages, JSON and health checks for the site.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>Registers the web front door's services.</summary>
    public static IServiceCollection AddPartnerHelpWeb(this IServiceCollection services)
    {
        services.AddRazorPages()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddScoped<EligibilityText>();
        services.AddScoped<RefundProgressText>();
        services.AddOutputCache(options =>
            options.AddPolicy(OutputCachePolicies.PerCulture, policy => policy.SetVaryByRouteValue("culture").SetVaryByQuery("*").Expire(TimeSpan.FromMinutes(10))));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}

using System.Text.Json.Serialization;
using PartnerHelp.Web.Eligibility;
using PartnerHelp.Web.Health;
using PartnerHelp.Web.Localization;

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
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}

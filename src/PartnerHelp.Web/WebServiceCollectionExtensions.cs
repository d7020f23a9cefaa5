using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using PartnerHelp.Web.Eligibility;
using PartnerHelp.Web.Health;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Security;
using PartnerHelp.Web.Refunds;
using PartnerHelp.Web.Telemetry;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web;

/// <summary>Razor Pages, JSON and health checks for the site.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>Registers the web front door's services.</summary>
    public static IServiceCollection AddPartnerHelpWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPartnerHelpTrustedProxies(configuration);
        services.AddPartnerHelpRateLimits(configuration);
        services.AddPartnerHelpTelemetry(configuration);

        // Labels and messages of a form come from its [ValidationResource] (SharedResource when it names none). No
        // client-side validation is shipped (forms are novalidate): the server checks, so no data-val-* attributes.
        services.AddRazorPages()
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = ValidationResourceAttribute.Localizer)
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddMvcOptions(options => BooleanBinderProvider.Register(options.ModelBinderProviders));
        services.AddSingleton<IValidationAttributeAdapterProvider, LocalizedAdapterProvider>();
        // A value the binder cannot convert (confirm=garbage) is refused in the request's language too, not English.
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, localizers) =>
            LocalizedBindingMessages.Apply(options.ModelBindingMessageProvider, localizers.Create(typeof(SharedResource))));
        // Nine languages: write their letters as text, not as &#x…; entities (HTML-significant characters are still encoded).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddScoped<EligibilityText>();
        // Scoped like the authorization services it runs (a policy's handlers may be scoped).
        services.AddScoped<Navigation.NavigationAccess>();
        services.AddSingleton<Bot.ChatPanelMarkup>();
        services.AddScoped<RefundProgressText>();
        services.AddOutputCache(options =>
        {
            // Only anonymous public pages are cached (per culture and query string, so unique query strings could otherwise
            // grow it without end); a page is 5–35 KB. 8 MB holds every culture's pages many times over and stays well
            // below the memory budget (docs/performance.md, "Memory under first views").
            options.SizeLimit = 8 * 1024 * 1024;
            options.AddPolicy(OutputCachePolicies.PerCulture, policy => policy.SetVaryByRouteValue("culture").SetVaryByQuery("*").Expire(TimeSpan.FromMinutes(10)).AddPolicy<Caching.CultureCookie>());
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddSingleton<HealthProbe>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "PartnerHelp.Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        RememberedAntiforgery.Decorate(services);
        return services;
    }
}

using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Localization.Routing;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace PartnerHelp.Web.Localization;

/// <summary>Culture from the URL, then the cookie, then Accept-Language; resources from the top-level Resources folder.</summary>
public static class LocalizationServiceCollectionExtensions
{
    /// <summary>Registers localization, the culture route constraint and links that keep the culture.</summary>
    public static IServiceCollection AddPartnerHelpLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, CachedStringLocalizerFactory>());
        services.Configure<RouteOptions>(options => options.ConstraintMap[CultureRouteConstraint.Name] = typeof(CultureRouteConstraint));
        services.TryAddSingleton<UrlHelperFactory>();
        services.Replace(ServiceDescriptor.Singleton<IUrlHelperFactory, CultureUrlHelperFactory>());
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(SiteCultures.Default);
            options.SupportedCultures = [.. SiteCultures.All];
            options.SupportedUICultures = [.. SiteCultures.All];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new RouteDataRequestCultureProvider { RouteDataStringKey = "culture", UIRouteDataStringKey = "culture" },
                new OriginalPathRequestCultureProvider(),
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Writes the culture cookie so the choice is remembered on the next visit.</summary>
    public static void RememberCulture(this HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps });
}

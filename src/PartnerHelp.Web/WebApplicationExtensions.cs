using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnerHelp.Web.Api;
using PartnerHelp.Web.Bot;
using PartnerHelp.Web.Health;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Security;
using PartnerHelp.Web.Telemetry;

namespace PartnerHelp.Web;

/// <summary>The request pipeline and the endpoints.</summary>
public static class WebApplicationExtensions
{
    /// <summary>Builds the middleware pipeline and maps every endpoint.</summary>
    public static WebApplication UsePartnerHelp(this WebApplication app)
    {
        app.UsePartnerHelpTrustedProxies(app.Configuration);
        app.UseCorrelationIds();

        // After the forwarded headers, so the address judged is the client's; before the status-code pages, so a refused
        // scrape gets the site's ordinary 404.
        app.UsePartnerHelpMetrics(app.Configuration);
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
        }

        if (HttpsEndpoints.Configured(app))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();

        // Machine clients (JSON API, bot channels) get bare status codes; people get a localized page.
        app.UseWhen(context => !IsMachineEndpoint(context.Request), branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseRouting();
        app.UseRequestLocalization();
        app.Use(RememberRouteCulture);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();

        app.MapStaticAssets();
        app.MapGet("/", (HttpContext context, LinkGenerator links) => Results.Redirect(CultureLinks.PagePath(links, context, "/Index")));
        app.MapRazorPages();
        app.MapOrdersApi();
        app.MapRefundProgressApi();
        // Short-circuited: a probe needs none of the pipeline after routing (culture, sign-in, rate limits, caches).
        app.Map("/healthz", async (HttpContext context, HealthProbe probe) =>
        {
            var status = await probe.StatusAsync();
            context.Response.Headers.CacheControl = "no-store, no-cache";
            return Results.Text(status.ToString(), "text/plain", statusCode: status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        }).ShortCircuit();
        app.UseHelpBot();
        return app;
    }

    private static bool IsMachineEndpoint(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/v3") || request.Path.StartsWithSegments("/healthz");

    /// <summary>A culture in the URL is the user's choice: keep it in the cookie for the next visit.</summary>
    private static Task RememberRouteCulture(HttpContext context, Func<Task> next)
    {
        if (SiteCultures.Canonical(context.GetRouteValue("culture") as string) is { } culture
            && !string.Equals(context.Request.Cookies[Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName],
                Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(culture)), StringComparison.Ordinal))
        {
            context.Response.RememberCulture(culture);
        }

        return next();
    }
}

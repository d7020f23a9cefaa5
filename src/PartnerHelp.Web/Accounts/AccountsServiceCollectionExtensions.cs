using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Infrastructure.Identity;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Accounts;

/// <summary>Identity with cookie sign-in; API calls get 401/403 instead of redirects.</summary>
public static class AccountsServiceCollectionExtensions
{
    /// <summary>Registers identity, the sign-in cookie and the access policies.</summary>
    public static IServiceCollection AddPartnerHelpAccounts(this IServiceCollection services)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PartnerHelpDbContext>()
            .AddClaimsPrincipalFactory<PartnerClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "PartnerHelp.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized, "/Account/SignIn"),
                OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden, null),
            };
        });

        // Runs after the cookie handler's own post-configuration, which creates the ticket format it wraps.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<TimeProvider>((options, time) => options.TicketDataFormat = new RememberedTicketFormat(
                options.TicketDataFormat ?? throw new InvalidOperationException("The sign-in cookie has no ticket format to wrap."), time));

        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.PartnerMember, policy => policy.RequireAuthenticatedUser().RequireClaim(PartnerClaimTypes.PartnerId))
            .AddPolicy(AccessPolicies.Operator, policy => policy.RequireRole(PartnerRoles.Operator))
            .AddPolicy(AccessPolicies.CspAgent, policy => policy.RequireClaim(PartnerClaimTypes.PartnerId).RequireRole([.. PartnerRoles.CspAgents]));
        return services;
    }

    /// <summary>
    /// API and bot calls get a bare status code; pages go to the sign-in page of the current culture (its route, with
    /// the path base, from the page's template), or get the localized 403 page.
    /// </summary>
    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status, string? page)
    {
        var request = context.Request;
        if (IsApi(request) || page is null)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        var links = context.HttpContext.RequestServices.GetRequiredService<LinkGenerator>();
        var returnUrl = request.PathBase + request.Path + request.QueryString;
        context.Response.Redirect(CultureLinks.PagePath(links, context.HttpContext, page, new { returnUrl }));
        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/v3");
}

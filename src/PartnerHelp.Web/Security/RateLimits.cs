using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace PartnerHelp.Web.Security;

/// <summary>
/// Request budgets per client address (per node; see the README on several nodes). A refused request
/// gets 429 and the localized error page; nothing behind it runs.
/// </summary>
public static class RateLimits
{
    /// <summary>Sign-in attempts.</summary>
    public const string SignIn = "sign-in";

    /// <summary>State-changing partner actions: cancellations, returns, exchanges, scope changes, claims and tickets.</summary>
    public const string PartnerActions = "partner-actions";

    /// <summary>Registers the limiter and its policies.</summary>
    public static IServiceCollection AddPartnerHelpRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var actionsPerMinute = configuration.GetValue("RateLimits:PartnerActionsPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => PostsOnly(context, signInPerMinute));
            options.AddPolicy(PartnerActions, context => PostsOnly(context, actionsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PostsOnly(HttpContext context, int perMinute)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}

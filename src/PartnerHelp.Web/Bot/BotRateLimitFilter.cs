using PartnerHelp.Web.Bot.DirectLine;

namespace PartnerHelp.Web.Bot;

/// <summary>Applies a <see cref="BotRateLimits"/> policy to an endpoint; a refused call gets 429 with the Direct Line error body.</summary>
public static class BotRateLimitFilter
{
    /// <summary>Limits the endpoint with <paramref name="policy"/>.</summary>
    public static TBuilder RequireBotRateLimit<TBuilder>(this TBuilder builder, string policy)
        where TBuilder : IEndpointConventionBuilder
    {
        // No Retry-After: directlinejs feeds it straight into its retry timer.
        builder.AddEndpointFilter(async (context, next) =>
        {
            var services = context.HttpContext.RequestServices;
            return services.GetRequiredService<BotRateLimits>().TryAcquire(policy, context.HttpContext)
                ? await next(context)
                : services.GetRequiredService<DirectLineErrors>().TooManyRequests();
        });
        return builder;
    }
}

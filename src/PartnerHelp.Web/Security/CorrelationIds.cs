using System.Diagnostics;

namespace PartnerHelp.Web.Security;

/// <summary>
/// Every request gets a correlation id — the caller's <c>X-Correlation-Id</c> when it is well formed,
/// otherwise the trace id — echoed in the response, attached to every log line as a scope, and to the request's span
/// (tag and baggage <see cref="TraceTag"/>) so a trace can be found from the id a user or a log line quotes.
/// </summary>
public static class CorrelationIds
{
    /// <summary>The header name.</summary>
    public const string Header = "X-Correlation-Id";

    /// <summary>The span tag and baggage key carrying the id.</summary>
    public const string TraceTag = "correlation.id";

    /// <summary>Adds the middleware.</summary>
    public static IApplicationBuilder UseCorrelationIds(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // One logger for the site's lifetime: the factory takes its lock on every CreateLogger call, which every request
        // made (docs/performance.md, branch pages-cards-6).
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("PartnerHelp.Requests");
        return app.Use(async (context, next) =>
        {
            var incoming = context.Request.Headers[Header].ToString();
            var id = IsWellFormed(incoming) ? incoming : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
            context.TraceIdentifier = id;
            context.Response.Headers[Header] = id;
            if (Activity.Current is { } activity)
            {
                activity.SetTag(TraceTag, id);
                activity.SetBaggage(TraceTag, id);
            }

            using (logger.BeginScope(new CorrelationScope(id)))
            {
                await next(context);
            }
        });
    }

    /// <summary>Up to 64 letters, digits, '-', '_' or '.'; anything else is ignored, never logged.</summary>
    public static bool IsWellFormed(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}

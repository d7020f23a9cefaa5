using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace PartnerHelp.Web.Localization;

/// <summary>
/// When a 403/404/500 is re-executed to <c>/error/{code}</c>, the error page speaks the culture of the URL
/// the visitor asked for (<c>/sv/tickets</c> → Swedish), not the one remembered from an earlier visit.
/// </summary>
public sealed class OriginalPathRequestCultureProvider : RequestCultureProvider
{
    /// <inheritdoc />
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var original = httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var segment = original?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return Task.FromResult(SiteCultures.Canonical(segment) is { } culture ? new ProviderCultureResult(culture) : null);
    }
}

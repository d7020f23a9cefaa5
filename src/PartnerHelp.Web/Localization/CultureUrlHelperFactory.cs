using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;

namespace PartnerHelp.Web.Localization;

/// <summary>
/// URL helpers whose links keep the visitor's language: a link to a page under <c>/{culture}/…</c> that names no
/// culture gets the current one. Endpoint routing drops an ambient route value when the link goes to another page, so
/// without this every <c>asp-page</c> and <c>RedirectToPage</c> would have to repeat <c>culture</c>.
/// </summary>
public sealed class CultureUrlHelperFactory(UrlHelperFactory inner) : IUrlHelperFactory
{
    /// <inheritdoc />
    public IUrlHelper GetUrlHelper(ActionContext context) => new CultureUrlHelper(inner.GetUrlHelper(context));

    private sealed class CultureUrlHelper(IUrlHelper inner) : IUrlHelper
    {
        public ActionContext ActionContext => inner.ActionContext;

        public string? Action(UrlActionContext actionContext) => inner.Action(actionContext);

        public string? Content(string? contentPath) => inner.Content(contentPath);

        public bool IsLocalUrl(string? url) => inner.IsLocalUrl(url);

        public string? Link(string? routeName, object? values) =>
            inner.Link(routeName, values) ?? (WithCulture(values) is { } withCulture ? inner.Link(routeName, withCulture) : null);

        public string? RouteUrl(UrlRouteContext routeContext)
        {
            ArgumentNullException.ThrowIfNull(routeContext);
            return inner.RouteUrl(routeContext) ?? (WithCulture(routeContext.Values) is { } withCulture
                ? inner.RouteUrl(new UrlRouteContext { RouteName = routeContext.RouteName, Values = withCulture, Protocol = routeContext.Protocol, Host = routeContext.Host, Fragment = routeContext.Fragment })
                : null);
        }

        // Only a link that could not be made without a culture gets one: a route without {culture} is left as it was
        // (no ?culture= query), and an explicit culture (the language picker's) wins.
        private static RouteValueDictionary? WithCulture(object? values)
        {
            var withCulture = new RouteValueDictionary(values);
            return withCulture.TryAdd("culture", CultureLinks.Current) ? withCulture : null;
        }
    }
}

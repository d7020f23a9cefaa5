namespace PartnerHelp.Web.Localization;

/// <summary>Matches a <c>{culture}</c> route segment only for a culture the site speaks; anything else is a 404.</summary>
public sealed class CultureRouteConstraint : IRouteConstraint
{
    /// <summary>The constraint's name in route templates: <c>{culture:culture}</c>.</summary>
    public const string Name = "culture";

    /// <inheritdoc />
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && SiteCultures.Canonical(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)) is not null;
}

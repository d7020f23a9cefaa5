using System.Globalization;

namespace PartnerHelp.Web.Localization;

/// <summary>Links that keep the visitor on the same page in another language.</summary>
public static class CultureLinks
{
    /// <summary>The current URL with its culture segment replaced by <paramref name="culture"/>.</summary>
    public static string SwitchTo(HttpRequest request, string culture)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value ?? "/";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var rest = segments.Length > 0 && SiteCultures.Canonical(segments[0]) is not null ? segments[1..] : [];
        var target = "/" + string.Join('/', [culture, .. rest]);
        return request.PathBase + target + request.QueryString;
    }

    /// <summary>The site's root in the current UI culture (<c>/en</c>, with the path base): links are this plus a path.</summary>
    public static string Home(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.PathBase}/{Current}";
    }

    /// <summary>
    /// The path (with the path base) of the Razor page <paramref name="page"/> in the current UI culture, made by routing
    /// from the page's <c>@page</c> template; <paramref name="values"/> not in the template become the query string.
    /// For code outside a page (endpoints, authentication events) where <c>RedirectToPage</c> is not at hand.
    /// </summary>
    public static string PagePath(LinkGenerator links, HttpContext context, string page, object? values = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        var routeValues = new RouteValueDictionary(values) { ["culture"] = Current };
        return links.GetPathByPage(context, page, values: routeValues) ?? throw new InvalidOperationException($"No route leads to the page {page}.");
    }

    /// <summary>The URL segment of the current UI culture.</summary>
    public static string Current => SiteCultures.Closest(CultureInfo.CurrentUICulture) ?? SiteCultures.Default;

    /// <summary>A culture's name in its own language, capitalised.</summary>
    public static string NativeName(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var name = culture.NativeName;
        return name.Length == 0 ? culture.Name : char.ToUpper(name[0], culture) + name[1..];
    }
}

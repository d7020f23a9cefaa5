using System.Collections.Concurrent;
using System.Globalization;

namespace PartnerHelp.Web.Localization;

/// <summary>Links into the site in the current culture; <see cref="CultureSwitch"/> makes the links to the same page in another.</summary>
public static class CultureLinks
{
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
        // Asked ten times on every page (the picker); a culture's name never changes, and there are few cultures.
        return NativeNames.GetOrAdd(culture, static c =>
            c.NativeName.Length == 0 ? c.Name : char.ToUpper(c.NativeName[0], c) + c.NativeName[1..]);
    }

    private static readonly ConcurrentDictionary<CultureInfo, string> NativeNames = new();
}

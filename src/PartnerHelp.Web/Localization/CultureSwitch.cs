namespace PartnerHelp.Web.Localization;

/// <summary>
/// The current URL in each of the site's cultures, for the language picker: the path is split once per request, not once
/// per link (nine links on every page). The links are the path base, the culture, then the rest of the path after its
/// culture segment, and the query string.
/// </summary>
public sealed class CultureSwitch
{
    private readonly string _before;
    private readonly string _after;

    /// <summary>Takes the request's path apart once.</summary>
    public CultureSwitch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var segments = (request.Path.Value ?? "/").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var hasCulture = segments.Length > 0 && SiteCultures.Canonical(segments[0]) is not null;
        var rest = hasCulture && segments.Length > 1 ? "/" + string.Join('/', segments, 1, segments.Length - 1) : string.Empty;
        _before = request.PathBase + "/";
        _after = rest + request.QueryString;
    }

    /// <summary>The current URL with its culture segment replaced by <paramref name="culture"/>.</summary>
    public string To(string culture) => string.Concat(_before, culture, _after);
}

using System.Globalization;

namespace PartnerHelp.Web.Localization;

/// <summary>The cultures the site speaks, as they appear in URLs (<c>/{culture}/…</c>).</summary>
public static class SiteCultures
{
    /// <summary>The culture used when nothing else decides.</summary>
    public const string Default = "en";

    /// <summary>URL segments, in picker order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["en", "vi", "sv", "de", "fr", "es", "ja", "pt-BR", "ar"];

    /// <summary>The supported cultures as <see cref="CultureInfo"/>.</summary>
    public static IReadOnlyList<CultureInfo> All { get; } = Names.Select(CultureInfo.GetCultureInfo).ToList();

    /// <summary>The canonical URL segment for <paramref name="value"/>, or null when the site does not speak it.</summary>
    public static string? Canonical(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (var name in Names)
        {
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The supported culture closest to <paramref name="culture"/> (sv-SE → sv), or null.</summary>
    public static string? Closest(CultureInfo culture)
    {
        for (var current = culture; current != CultureInfo.InvariantCulture; current = current.Parent)
        {
            if (Canonical(current.Name) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>Whether the culture is written right to left.</summary>
    public static bool IsRightToLeft(CultureInfo culture) => culture.TextInfo.IsRightToLeft;
}

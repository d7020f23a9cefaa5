using System.Globalization;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>
/// Chooses the reply language: the language the message is clearly written in wins; a message too short to tell
/// ("CT-1002?") keeps the language the user has been writing in; otherwise the activity's locale, then the
/// conversation's, then the site default.
/// </summary>
public static class ReplyCulture
{
    /// <summary>The site culture to answer in (<c>sv-SE</c> → <c>sv</c>).</summary>
    public static string Choose(string? activityLocale, string? conversationLocale, string? detected, bool writingInOwnLanguage = false) =>
        Supported(detected)
        ?? (writingInOwnLanguage ? Supported(conversationLocale) : null)
        ?? Supported(activityLocale) ?? Supported(conversationLocale) ?? SiteCultures.Default;

    /// <summary>The site culture closest to a BCP-47 tag, or null when the site does not speak it.</summary>
    public static string? Supported(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag) || tag.Length > 35)
        {
            return null;
        }

        try
        {
            return SiteCultures.Closest(CultureInfo.GetCultureInfo(tag.Trim().Replace('_', '-')));
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Switches the current culture until disposed.</summary>
    public static IDisposable Use(string culture) => new Scope(CultureInfo.GetCultureInfo(culture));

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public Scope(CultureInfo culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}

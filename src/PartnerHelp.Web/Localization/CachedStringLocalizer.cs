using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PartnerHelp.Web.Localization;

/// <summary>
/// A resource localizer that remembers every string it has found, per UI culture. A page of 50 order cards asks for
/// about a thousand strings; each answer from <see cref="ResourceManagerStringLocalizer"/> walks the culture's parents
/// through the resource manager's resource sets, which showed in the profile of a first view (docs/performance.md,
/// "Pages: first views"). Only found strings are kept, so the memory is bounded by the resource files; a missing
/// key still goes to the inner localizer every time (and still shows the key, as before).
/// </summary>
public sealed class CachedStringLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    private readonly ConcurrentDictionary<CultureInfo, ConcurrentDictionary<string, LocalizedString>> _cultures = new();

    /// <inheritdoc />
    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var strings = _cultures.GetOrAdd(CultureInfo.CurrentUICulture, static _ => new(StringComparer.Ordinal));
            if (strings.TryGetValue(name, out var known))
            {
                return known;
            }

            var found = inner[name];
            if (!found.ResourceNotFound)
            {
                strings.TryAdd(name, found);
            }

            return found;
        }
    }

    /// <inheritdoc />
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            // As ResourceManagerStringLocalizer formats: the template (or the key when missing) in the current culture.
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound, template.SearchedLocation);
        }
    }

    /// <inheritdoc />
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;

namespace PartnerHelp.Web.Localization;

/// <summary>
/// A resource localizer that remembers every string it has found, per UI culture. A page of 50 order cards asks for
/// about a thousand strings; each answer from <see cref="ResourceManagerStringLocalizer"/> walks the culture's parents
/// through the resource manager's resource sets, which showed in the profile of a first view (docs/performance.md,
/// "Pages: first views"). Only found strings are kept, so the memory is bounded by the resource files; a missing
/// key still goes to the inner localizer every time (and still shows the key, as before). A found string that is used with
/// arguments keeps its parsed <see cref="CompositeFormat"/>, so the cards' strings with arguments (an order number, a date)
/// are not parsed again on every use.
/// </summary>
public sealed class CachedStringLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    private readonly ConcurrentDictionary<CultureInfo, ConcurrentDictionary<string, KnownString>> _cultures = new();

    /// <inheritdoc />
    public LocalizedString this[string name] => Find(name, out _);

    /// <inheritdoc />
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            // As ResourceManagerStringLocalizer formats: the template (or the key when missing) in the current culture.
            var template = Find(name, out var known);
            var value = known is null
                ? string.Format(CultureInfo.CurrentCulture, template.Value, arguments)
                : string.Format(CultureInfo.CurrentCulture, known.Format, arguments);
            return new LocalizedString(name, value, template.ResourceNotFound, template.SearchedLocation);
        }
    }

    /// <inheritdoc />
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    // The string, and when it was found, what is kept of it (null for a missing key, which is not kept).
    private LocalizedString Find(string name, out KnownString? known)
    {
        ArgumentNullException.ThrowIfNull(name);
        var strings = _cultures.GetOrAdd(CultureInfo.CurrentUICulture, static _ => new(StringComparer.Ordinal));
        if (strings.TryGetValue(name, out known))
        {
            return known.Value;
        }

        var found = inner[name];
        if (found.ResourceNotFound)
        {
            return found;
        }

        known = strings.GetOrAdd(name, new KnownString(found));
        return known.Value;
    }

    /// <summary>A found string, and its format once it has been used with arguments.</summary>
    private sealed class KnownString(LocalizedString value)
    {
        private CompositeFormat? _format;

        public LocalizedString Value { get; } = value;

        // Parsed on first use; two threads may both parse it, and either result is the same.
        public CompositeFormat Format => _format ??= CompositeFormat.Parse(Value.Value);
    }
}

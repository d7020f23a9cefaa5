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
    // At most this many culture instances are remembered by reference; the site has nine cultures, each one instance.
    private const int RecentCultures = 16;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, KnownString>> _cultures = new(StringComparer.Ordinal);

    // The culture instances seen, each with its strings, found by reference. A page asks for about 300 strings, and keying the
    // dictionary by culture hashed the culture's name on every one (docs/performance.md, branch pages-cards-7). Copied on
    // write; an instance not among them (more than RecentCultures instances seen) is looked up by its name.
    private volatile CultureStrings[] _recent = [];

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
        var strings = StringsOf(CultureInfo.CurrentUICulture);
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

    // The found strings of a culture: the same for every instance of it, as when the dictionary was keyed by CultureInfo
    // (whose equality is its name's).
    private ConcurrentDictionary<string, KnownString> StringsOf(CultureInfo culture)
    {
        var recent = _recent;
        foreach (var entry in recent)
        {
            if (ReferenceEquals(entry.Culture, culture))
            {
                return entry.Strings;
            }
        }

        var strings = _cultures.GetOrAdd(culture.Name, static _ => new(StringComparer.Ordinal));
        if (recent.Length < RecentCultures)
        {
            // Two threads may both add one; the later write wins, and a culture left out is found by name next time.
            _recent = [.. recent, new CultureStrings(culture, strings)];
        }

        return strings;
    }

    private sealed record CultureStrings(CultureInfo Culture, ConcurrentDictionary<string, KnownString> Strings);

    /// <summary>A found string, and its format once it has been used with arguments.</summary>
    private sealed class KnownString(LocalizedString value)
    {
        private CompositeFormat? _format;

        public LocalizedString Value { get; } = value;

        // Parsed on first use; two threads may both parse it, and either result is the same.
        public CompositeFormat Format => _format ??= CompositeFormat.Parse(Value.Value);
    }
}

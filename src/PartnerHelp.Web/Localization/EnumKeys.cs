using System.Collections.Concurrent;

namespace PartnerHelp.Web.Localization;

/// <summary>
/// Resource keys made of a prefix and an enum value's name (<c>Offer_Gold</c>), built once per value instead of once per
/// use: a memberships page asks for about a hundred of them, and each interpolated key was a string to collect.
/// </summary>
public sealed class EnumKeys<TEnum>(string prefix)
    where TEnum : struct, Enum
{
    private readonly ConcurrentDictionary<TEnum, string> _keys = new();

    /// <summary>The key of <paramref name="value"/>: the prefix, then the value's name.</summary>
    public string this[TEnum value] => _keys.GetOrAdd(value, static (v, p) => p + v.ToString(), prefix);
}

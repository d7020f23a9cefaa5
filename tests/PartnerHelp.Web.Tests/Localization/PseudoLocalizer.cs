using Microsoft.Extensions.Localization;

namespace PartnerHelp.Web.Tests.Localization;

/// <summary>Wraps every found resource value in ⟦…⟧, so text on a page that is not wrapped did not come from a resource.</summary>
public sealed class PseudoLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    public const char Open = '⟦';
    public const char Close = '⟧';

    public LocalizedString this[string name] => Wrap(inner[name]);

    public LocalizedString this[string name, params object[] arguments] => Wrap(inner[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures).Select(Wrap);

    private static LocalizedString Wrap(LocalizedString value) =>
        value.ResourceNotFound ? value : new LocalizedString(value.Name, $"{Open}{value.Value}{Close}", false, value.SearchedLocation);
}

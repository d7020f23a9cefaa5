using Microsoft.Extensions.Localization;

namespace PartnerHelp.Web.Tests.Localization;

/// <summary>The site's real localizer factory, with every localizer wrapped in a <see cref="PseudoLocalizer"/>.</summary>
public sealed class PseudoLocalizerFactory(IStringLocalizerFactory inner) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PseudoLocalizer(inner.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new PseudoLocalizer(inner.Create(baseName, location));
}

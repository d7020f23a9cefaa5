using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;

namespace PartnerHelp.Web.Localization;

/// <summary>Hands out one <see cref="CachedStringLocalizer"/> per resource, over the resource manager's localizers.</summary>
public sealed class CachedStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();
    private readonly ConcurrentDictionary<(string BaseName, string Location), IStringLocalizer> _byName = new();

    /// <inheritdoc />
    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, static (type, factory) => new CachedStringLocalizer(factory.Create(type)), inner);

    /// <inheritdoc />
    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((baseName, location), static (key, factory) => new CachedStringLocalizer(factory.Create(key.BaseName, key.Location)), inner);
}

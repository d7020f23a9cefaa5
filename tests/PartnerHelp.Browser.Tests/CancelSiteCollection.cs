namespace PartnerHelp.Browser.Tests;

/// <summary>
/// A second site for tests that change state (cancelling CT-1001): the shared <see cref="SiteCollection"/>
/// site keeps the demo data as seeded.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CancelSiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "cancel-site";
}

namespace PartnerHelp.Browser.Tests;

/// <summary>Browser tests share one site and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}

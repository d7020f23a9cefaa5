namespace PartnerHelp.Browser.Tests;

/// <summary>
/// A site of its own for the refund-path actions that change demo data (suspending NW-SUB-1002, filing a
/// credit request, requesting the NW-3001 tax refund), so the shared <see cref="SiteCollection"/> site keeps the data as seeded.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RefundPathsSiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "refund-paths-site";
}

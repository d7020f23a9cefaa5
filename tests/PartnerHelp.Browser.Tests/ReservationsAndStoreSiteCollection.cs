namespace PartnerHelp.Browser.Tests;

/// <summary>
/// A site of its own for the tests that return or exchange reservations and cancel store items, so the
/// shared <see cref="SiteCollection"/> site keeps the demo data as seeded.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReservationsAndStoreSiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "reservations-store-site";
}

namespace PartnerHelp.Infrastructure.Demo;

/// <summary>
/// The one row saying what the demo data was last brought up to: the day its untouched rows were re-based on
/// and the build whose catalog seeded them. A restart on the same day by the same build finds nothing to do
/// and skips the seeding queries (schema 0010).
/// </summary>
public sealed class DemoDataState
{
    /// <summary>The key of the only row.</summary>
    public const int RowId = 1;

    /// <summary>Always <see cref="RowId"/>.</summary>
    public int Id { get; init; } = RowId;

    /// <summary>The UTC day the untouched demo rows were last re-based on.</summary>
    public DateOnly RebasedOn { get; set; }

    /// <summary>The catalog (this build) that last seeded the data; see <see cref="DemoDataSeeder.CatalogVersion"/>.</summary>
    public required string Catalog { get; set; }
}

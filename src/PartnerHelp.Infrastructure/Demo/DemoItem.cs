namespace PartnerHelp.Infrastructure.Demo;

/// <summary>
/// A row of the demo data the seeder keeps at a fixed age (SPEC 6: CT-1001 is always 5 days old) for as long as nobody
/// acts on it. The bookkeeping lives here, beside the demo seeder, instead of on the domain entities: the seeder records
/// the row's version when it writes it, and a row whose version has moved on since was acted on (cancelled, returned,
/// suspended …) and is left as its user left it.
/// </summary>
public sealed class DemoItem
{
    /// <summary>What the row is (<see cref="DemoItemKinds"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>The row's id in its own table.</summary>
    public required string ItemId { get; init; }

    /// <summary>The age in days the row is kept at.</summary>
    public int AgeDays { get; set; }

    /// <summary>The row's version token as the seeder last wrote it; null for rows without one.</summary>
    public int? Version { get; set; }
}

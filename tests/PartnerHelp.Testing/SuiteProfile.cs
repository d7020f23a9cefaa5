namespace PartnerHelp.Testing;

/// <summary>
/// Sizes of the crash, fault, soak, scale and cluster suites. The test command runs the fast profile; the
/// benchmark/soak command (scripts/bench.sh) sets <c>PARTNERHELP_PROFILE=full</c> for the full sizes.
/// </summary>
public static class SuiteProfile
{
    /// <summary>Whether the full sizes were asked for.</summary>
    public static bool IsFull { get; } =
        string.Equals(Environment.GetEnvironmentVariable("PARTNERHELP_PROFILE"), "full", StringComparison.OrdinalIgnoreCase);

    /// <summary>"fast" or "full", for printed figures.</summary>
    public static string Name => IsFull ? "full" : "fast";

    /// <summary>The fast or the full size.</summary>
    public static T Pick<T>(T fast, T full) => IsFull ? full : fast;
}

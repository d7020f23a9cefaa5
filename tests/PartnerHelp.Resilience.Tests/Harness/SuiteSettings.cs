namespace PartnerHelp.Resilience.Tests.Harness;

/// <summary>Site settings shared by the process suites: seconds-scale jobs so a batch settles within a test.</summary>
internal static class SuiteSettings
{
    /// <summary>
    /// How long a job fetched by a node that died stays invisible on PostgreSQL before it runs again: 15 s instead of
    /// the product's 30 s, so the suites wait less for a killed node's jobs. Sliding: a live worker renews it every
    /// fifth of that, which even a loaded two-core machine manages, so a live run is never taken over.
    /// </summary>
    public const string InvisibilityTimeout = "00:00:15";

    /// <summary>
    /// How long a Hangfire lock row on PostgreSQL (the outbox dispatch, the recurring jobs) may be held before it counts as
    /// abandoned: 20 s instead of the product's 1 min, so a killed node's dispatch lock frees sooner. (A refund's run lock
    /// is an advisory lock that ends with the killed node's session.) Every holder in these suites is far shorter, so a
    /// live lock is never taken.
    /// </summary>
    public const string DistributedLockTimeout = "00:00:20";

    /// <summary>Fast jobs, a quiet log and rate limits out of the way (the suites are one user doing a batch, not an attack).</summary>
    public static Dictionary<string, string> FastJobs(int seed) => new()
    {
        ["Jobs:PaymentSimulator:Latency"] = "00:00:00.100",
        ["Jobs:PaymentSimulator:TransientFailureRate"] = "0.1",
        ["Jobs:PaymentSimulator:Seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Jobs:PaymentSimulator:SettlementDelay"] = "00:00:00.500",
        ["Jobs:PaymentTimeout"] = "00:00:03",
        ["Jobs:StatusPollInterval"] = "00:00:00.500",
        ["Jobs:OutboxPollInterval"] = "00:00:00.200",
        ["Jobs:SweepInterval"] = "00:00:05",
        ["Jobs:ServerHeartbeatInterval"] = "00:00:01",
        ["Jobs:InvisibilityTimeout"] = InvisibilityTimeout,
        ["Jobs:DistributedLockTimeout"] = DistributedLockTimeout,
        ["Jobs:RetryInitialDelay"] = "00:00:01",
        ["Jobs:RetryMaxDelay"] = "00:00:02",
        ["Jobs:WorkerCount"] = "4",
        ["RateLimits:PartnerActionsPerMinute"] = "100000",
        ["RateLimits:SignInPerMinute"] = "1000",
    };

    /// <summary>The seed of a randomized run: PARTNERHELP_SEED when set (to repeat a run), otherwise <paramref name="fallback"/> or a new one.</summary>
    public static int Seed(int? fallback = null) =>
        int.TryParse(Environment.GetEnvironmentVariable("PARTNERHELP_SEED"), System.Globalization.CultureInfo.InvariantCulture, out var seed) ? seed : fallback ?? Random.Shared.Next(1, 1_000_000);
}

using PartnerHelp.Jobs.Payments;

namespace PartnerHelp.Jobs;

/// <summary>
/// The <c>Jobs</c> configuration section. Delays are configuration: seconds in the demo and tests
/// (appsettings.json), hours in production (appsettings.Production.json).
/// </summary>
public sealed class JobsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Jobs";

    /// <summary>Whether this node runs background jobs at all (the dashboard still reads the store).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Cluster the scheduler with other nodes (PostgreSQL only; SQLite cannot cluster).</summary>
    public bool Clustered { get; set; }

    /// <summary>
    /// This node's scheduler instance id in a cluster (e.g. <c>web-1</c>); unset, Quartz generates one from the
    /// host name and the start time. A fixed id must be unique among live nodes; a node restarted under its old
    /// id recovers its own cut-off runs at once instead of after <see cref="ClusterCheckinMisfireThreshold"/>.
    /// </summary>
    public string? InstanceId { get; set; }

    /// <summary>How often a clustered node checks in with the others (Quartz's cluster check-in).</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long past a missed check-in the other nodes wait before recovering a node's jobs.</summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How late a trigger may fire before it counts as misfired (its misfire instruction applies).</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many jobs this node runs at once.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Retries after the first failure of a refund payment (Hangfire's default is 10).</summary>
    public int RetryAttempts { get; set; } = 10;

    /// <summary>The wait before the first retry; each next wait is <see cref="RetryBackoff"/> times longer.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Growth factor of the retry wait.</summary>
    public double RetryBackoff { get; set; } = 2;

    /// <summary>The longest wait between two retries.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far either side of the computed wait a retry may land (0..1), so refunds that failed together do not return together.</summary>
    public double RetryJitter { get; set; } = 0.2;

    /// <summary>How long a payment call may take before it counts as a transient failure.</summary>
    public TimeSpan PaymentTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a processing refund is checked for settlement.</summary>
    public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the outbox is read for new refunds.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often unfinished refunds without a job are looked for (they get one).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often this node writes its heartbeat row.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long job history and attempts are kept (longer than the 7-day graph).</summary>
    public TimeSpan HistoryRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The age at which an unfinished refund is flagged as approaching the 30-day promise.</summary>
    public TimeSpan PromiseWarningAge { get; set; } = TimeSpan.FromDays(25);

    /// <summary>Cron of the reconciliation of refunds against the processor (UTC).</summary>
    public string ReconciliationCron { get; set; } = "0 0 3 * * ?";

    /// <summary>Cron of the notices about self-serve windows closing within 48 hours (UTC).</summary>
    public string WindowNoticeCron { get; set; } = "0 0 * * * ?";

    /// <summary>Cron of the history cleanup (UTC).</summary>
    public string HistoryCleanupCron { get; set; } = "0 30 4 * * ?";

    /// <summary>Cron of the credit request review that moves claims along (UTC).</summary>
    public string CreditReviewCron { get; set; } = "0/5 * * * * ?";

    /// <summary>How long a submitted credit request waits before its review starts.</summary>
    public TimeSpan CreditReviewDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a review takes before the claim is approved or rejected.</summary>
    public TimeSpan CreditDecisionDelay { get; set; } = TimeSpan.FromSeconds(40);

    /// <summary>Where e-mails are written as .eml files; defaults to <c>mail-pickup</c> in the data folder.</summary>
    public string? MailPickupFolder { get; set; }

    /// <summary>The payment processor simulator.</summary>
    public PaymentSimulatorOptions PaymentSimulator { get; set; } = new();
}

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

    /// <summary>Whether this node runs a Hangfire server at all (the dashboard still reads the storage).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Hangfire's storage. Unset, it follows <c>Database:Provider</c>: InMemory beside SQLite (one node),
    /// PostgreSql beside PostgreSQL (any number of nodes). Set InMemory for a single PostgreSQL node.
    /// </summary>
    public JobStorageKind? Storage { get; set; }

    /// <summary>The schema of Hangfire's tables in the application's PostgreSQL database.</summary>
    public string PostgreSqlSchema { get; set; } = "hangfire";

    /// <summary>
    /// How often an idle worker asks PostgreSQL for an enqueued job: the longest a job waits for an idle worker, and the
    /// cost of an idle node (one small query per worker per interval). A busy worker fetches its next job at once.
    /// </summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a job fetched by a node that stopped sending keep-alives stays invisible before another node takes it
    /// over (sliding: a live worker keeps extending it).
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a Hangfire lock row on PostgreSQL (the outbox dispatch and sweep, the recurring jobs) may be held before it
    /// counts as abandoned. A refund's own run lock is an advisory lock that ends with its session instead.
    /// </summary>
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often delayed jobs (retries, status polls) are moved to their queue: the granularity of every delay.</summary>
    public TimeSpan SchedulePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often this node reports to the servers page, and how late it may be before it counts as gone.</summary>
    public TimeSpan ServerHeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a silent node stays on the servers page before the others remove it.</summary>
    public TimeSpan ServerTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>This node's name on the servers page (e.g. <c>node-1</c>); unset, Hangfire uses the host name.</summary>
    public string? ServerName { get; set; }

    /// <summary>How many jobs this node runs at once.</summary>
    public int WorkerCount { get; set; } = 4;

    /// <summary>Retries after the first failure of a job (Hangfire's default is 10).</summary>
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

    /// <summary>How often the outbox is read for work another node or a crash left (a local commit wakes it at once).</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often unfinished refunds without a live job are looked for (they get one).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long job attempts, resolved alerts and dispatched outbox rows are kept.</summary>
    public TimeSpan HistoryRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long Hangfire keeps a finished job (its state history) for the dashboard.</summary>
    public TimeSpan FinishedJobRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The age at which an unfinished refund is flagged as approaching the 30-day promise.</summary>
    public TimeSpan PromiseWarningAge { get; set; } = TimeSpan.FromDays(25);

    /// <summary>Cron of the reconciliation of refunds against the processor (UTC).</summary>
    public string ReconciliationCron { get; set; } = "0 3 * * *";

    /// <summary>Cron of the notices about self-serve windows closing within 48 hours (UTC).</summary>
    public string WindowNoticeCron { get; set; } = "0 * * * *";

    /// <summary>Cron of the promise watch that flags unfinished refunds near or past the 30-day promise (UTC).</summary>
    public string PromiseWatchCron { get; set; } = "15 * * * *";

    /// <summary>Cron of the history cleanup (UTC).</summary>
    public string HistoryCleanupCron { get; set; } = "30 4 * * *";

    /// <summary>Cron of the credit request review that moves claims along (UTC; six fields = with seconds).</summary>
    public string CreditReviewCron { get; set; } = "*/5 * * * * *";

    /// <summary>How long a submitted credit request waits before its review starts.</summary>
    public TimeSpan CreditReviewDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a review takes before the claim is approved or rejected.</summary>
    public TimeSpan CreditDecisionDelay { get; set; } = TimeSpan.FromSeconds(40);

    /// <summary>Where e-mails are written as .eml files; defaults to <c>mail-pickup</c> in the data folder.</summary>
    public string? MailPickupFolder { get; set; }

    /// <summary>The payment processor simulator.</summary>
    public PaymentSimulatorOptions PaymentSimulator { get; set; } = new();
}

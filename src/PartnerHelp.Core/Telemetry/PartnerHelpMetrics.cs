using System.Diagnostics.Metrics;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Core.Telemetry;

/// <summary>
/// PartnerHelp's own instruments on the meter <see cref="MeterName"/>. Callers record a domain event once, after the
/// transaction that makes it true has committed, so a rolled-back or replayed action is never counted. Tag values are
/// closed sets (enum names, topics, cultures, job groups), never ids, so the number of series stays small.
/// </summary>
public sealed class PartnerHelpMetrics : IDisposable
{
    /// <summary>The meter's name, for exporters to subscribe to.</summary>
    public const string MeterName = "PartnerHelp";

    // Seconds, from the demo's seconds-scale settlement to a production refund's days, up to the 30-day promise.
    private static readonly double[] RefundDurationBuckets =
        [1, 5, 15, 30, 60, 300, 900, 3600, 4 * 3600, 12 * 3600, 86400, 3 * 86400, 7 * 86400, 14 * 86400, 30 * 86400];

    private static readonly string[] SubjectNames = Names<RefundSubject>();
    private static readonly string[] KindNames = Names<SubjectKind>();
    private static readonly string[] OutcomeNames = Names<EligibilityOutcome>();

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _requested;
    private readonly Counter<long> _settled;
    private readonly Counter<long> _failed;
    private readonly Histogram<double> _timeToRefunded;
    private readonly Counter<long> _evaluations;
    private readonly Counter<long> _botTurns;
    private readonly Counter<long> _jobRuns;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>, or on a meter of its own when there is no factory.</summary>
    public PartnerHelpMetrics(IMeterFactory? meters = null)
    {
        _ownsMeter = meters is null;
        _meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _requested = _meter.CreateCounter<long>("partnerhelp.refunds.requested", "{refund}", "Refunds requested (committed with their cancellation or return), by product line.");
        _settled = _meter.CreateCounter<long>("partnerhelp.refunds.settled", "{refund}", "Refunds that reached Refunded, by product line.");
        _failed = _meter.CreateCounter<long>("partnerhelp.refunds.failed", "{refund}", "Refunds parked Failed (declined or retries exhausted), by product line.");
        _timeToRefunded = _meter.CreateHistogram(
            "partnerhelp.refunds.time_to_refunded", "s", "Time from the cancellation (the refund's request) to Refunded, by product line.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = RefundDurationBuckets });
        _evaluations = _meter.CreateCounter<long>("partnerhelp.eligibility.evaluations", "{evaluation}", "Eligibility evaluations, by product line and outcome.");
        _botTurns = _meter.CreateCounter<long>("partnerhelp.bot.turns", "{turn}", "Bot messages answered, by intent and reply language.");
        _jobRuns = _meter.CreateCounter<long>("partnerhelp.jobs.runs", "{run}", "Background job runs, by job type and outcome.");
    }

    /// <summary>A refund was committed in Requested.</summary>
    public void RefundRequested(RefundSubject subject) => _requested.Add(1, ProductLine(subject));

    /// <summary>A refund's move to Refunded was committed: counts it and records how long it took since the cancellation.</summary>
    public void RefundSettled(Refund refund)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var productLine = ProductLine(refund.Subject);
        _settled.Add(1, productLine);
        if (refund.CompletedAt is { } completed)
        {
            _timeToRefunded.Record(Math.Max(0, (completed - refund.RequestedAt).TotalSeconds), productLine);
        }
    }

    /// <summary>A refund's move to Failed was committed.</summary>
    public void RefundFailed(RefundSubject subject) => _failed.Add(1, ProductLine(subject));

    /// <summary>The eligibility service answered for a subject of <paramref name="kind"/>.</summary>
    public void EligibilityEvaluated(SubjectKind kind, EligibilityOutcome outcome) =>
        _evaluations.Add(1, new KeyValuePair<string, object?>("product_line", Name(KindNames, (int)kind)), new KeyValuePair<string, object?>("outcome", Name(OutcomeNames, (int)outcome)));

    /// <summary>The bot's answer to a message was committed; <paramref name="intent"/> is the topic answered, <paramref name="language"/> the reply's culture.</summary>
    public void BotTurn(string intent, string language) =>
        _botTurns.Add(1, new KeyValuePair<string, object?>("intent", intent), new KeyValuePair<string, object?>("language", language));

    /// <summary>A background job run ended with <paramref name="outcome"/>.</summary>
    public void JobRun(string jobType, string outcome) =>
        _jobRuns.Add(1, new KeyValuePair<string, object?>("job_type", jobType), new KeyValuePair<string, object?>("outcome", outcome));

    /// <inheritdoc />
    public void Dispose()
    {
        // A factory's meter belongs to the factory, which disposes it with the container.
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private static KeyValuePair<string, object?> ProductLine(RefundSubject subject) => new("product_line", Name(SubjectNames, (int)subject));

    // Precomputed snake_case names: recording runs on every page's eligibility checks and must not allocate.
    private static string Name(string[] names, int index) => (uint)index < (uint)names.Length ? names[index] : "unknown";

    private static string[] Names<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = new string[values.Max(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)) + 1];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = SnakeCase(value.ToString());
        }

        return names;
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

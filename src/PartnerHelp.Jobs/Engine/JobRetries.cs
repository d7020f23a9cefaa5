using Hangfire;
using Microsoft.Extensions.Options;
using PartnerHelp.Core.Refunds.Payments;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// The retry rule of every job, in one place: Hangfire's <see cref="AutomaticRetryAttribute"/> with PartnerHelp's
/// backoff and jitter (<see cref="RetrySchedule"/>) and attempts from configuration. A decline or a refund parked for
/// an operator is final, so it is not retried: the job goes to Failed at once.
/// </summary>
public sealed class JobRetries
{
    private static readonly Type[] Final = [typeof(PaymentDeclinedException), typeof(RefundParkedException)];

    /// <summary>Builds the rule from <paramref name="options"/>.</summary>
    public JobRetries(IOptions<JobsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Attempts = Math.Max(0, options.Value.RetryAttempts);
        var schedule = new RetrySchedule(options.Value, Random.Shared.NextDouble);
        Filter = new AutomaticRetryAttribute
        {
            Attempts = Attempts,
            DelayInSecondsByAttemptFunc = schedule.DelayInSeconds,
            OnAttemptsExceeded = AttemptsExceededAction.Fail,
            ExceptOn = Final,
        };
    }

    /// <summary>How many retries follow a first failure.</summary>
    public int Attempts { get; }

    /// <summary>The filter that schedules the retries.</summary>
    public AutomaticRetryAttribute Filter { get; }

    /// <summary>Whether a run that failed with <paramref name="error"/> on retry <paramref name="attempt"/> (0 = first run) is retried.</summary>
    public bool WillRetry(Exception error, int attempt) =>
        attempt < Attempts && !Final.Any(type => type.IsInstanceOfType(error));

    /// <summary>Whether retry <paramref name="attempt"/> (0 = first run) is the last one: a transient failure on it parks the refund.</summary>
    public bool IsLast(int attempt) => attempt >= Attempts;
}

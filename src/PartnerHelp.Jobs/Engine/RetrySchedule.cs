namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// The wait before each retry of a failed job: exponential from <see cref="JobsOptions.RetryInitialDelay"/> by
/// <see cref="JobsOptions.RetryBackoff"/>, capped at <see cref="JobsOptions.RetryMaxDelay"/>, moved up to
/// <see cref="JobsOptions.RetryJitter"/> either side so jobs that failed together do not return together.
/// Hangfire counts the wait in whole seconds, so it is rounded up (at least one second).
/// </summary>
public sealed class RetrySchedule(JobsOptions options, Func<double> random)
{
    /// <summary>The nominal wait before retry <paramref name="attempt"/> (1 = the first retry), without jitter.</summary>
    public TimeSpan Nominal(long attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var seconds = options.RetryInitialDelay.TotalSeconds * Math.Pow(options.RetryBackoff, Math.Min(attempt - 1, 64));
        return TimeSpan.FromSeconds(Math.Min(seconds, options.RetryMaxDelay.TotalSeconds));
    }

    /// <summary>The wait in whole seconds before retry <paramref name="attempt"/>, jitter included (Hangfire's <c>DelayInSecondsByAttemptFunc</c>).</summary>
    public int DelayInSeconds(long attempt)
    {
        var jitter = Math.Clamp(options.RetryJitter, 0, 1);
        var seconds = Nominal(attempt).TotalSeconds * (1 + (jitter * ((2 * random()) - 1)));
        return (int)Math.Clamp(Math.Ceiling(seconds), 1, int.MaxValue);
    }
}

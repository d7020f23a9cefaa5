using Hangfire;
using Hangfire.Common;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// This host's job filters. Hangfire's global filter list is static, shared by every host in a process (several test
/// sites run side by side), and its filters cannot reach the host's services; so each host gets its own provider: the
/// attributes on the job methods (queue, one run at a time for the recurring jobs) plus the filters below, and
/// Hangfire's global defaults stand aside. Culture is not captured from the enqueuing thread: refund jobs carry the
/// canceller's culture as an argument.
/// </summary>
public sealed class JobFilters(JobRetries retries, RunRecorderFilter recorder, PollAgainFilter pollAgain, RecurringPauseFilter pauses, RefundRequeueFilter requeue, RefundRunLockFilter runLock)
    : IJobFilterProvider
{
    // The run lock comes after the recorder: a run refused the lock is still recorded.
    private readonly JobFilterProviderCollection _providers = Build(retries, recorder, pollAgain, pauses, requeue, runLock);

    /// <inheritdoc />
    public IEnumerable<JobFilter> GetFilters(Job job) => _providers.GetFilters(job);

    /// <summary>
    /// The engine's part of the filters, without PartnerHelp's own: the retry rule and Hangfire's defaults that the
    /// dashboard relies on (the succeeded/failed history graphs and continuations). The benchmark's no-op reference runs
    /// with these.
    /// </summary>
    internal static JobFilterCollection Engine(JobRetries retries) => new()
    {
        retries.Filter,
        new StatisticsHistoryAttribute(),
        new ContinuationsSupportAttribute(),
    };

    /// <summary>Attributes on the job methods, then <paramref name="filters"/>.</summary>
    internal static JobFilterProviderCollection Provider(JobFilterCollection filters) =>
        new(new JobFilterAttributeFilterProvider(), filters);

    private static JobFilterProviderCollection Build(JobRetries retries, params object[] own)
    {
        var filters = Engine(retries);
        foreach (var filter in own)
        {
            filters.Add(filter);
        }

        return Provider(filters);
    }
}

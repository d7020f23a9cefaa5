using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using Quartz;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// Records every run in <c>job_attempts</c> with its node, duration, outcome and the full exception
/// (Quartz's history keeps only the message). The row is written when the run starts, so a run cut
/// off by a crash stays visible as one that never finished.
/// </summary>
public sealed class AttemptRecorder(IServiceScopeFactory scopes, TimeProvider time, ILogger<AttemptRecorder> logger) : IJobListener
{
    private readonly ConcurrentDictionary<string, long> _open = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "partnerhelp-attempts";

    /// <inheritdoc />
    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var attempt = new JobAttempt
        {
            JobGroup = context.JobDetail.Key.Group,
            JobName = context.JobDetail.Key.Name,
            TriggerName = $"{context.Trigger.Key.Group}.{context.Trigger.Key.Name}",
            FireInstanceId = context.FireInstanceId,
            SchedulerInstanceId = context.Scheduler.SchedulerInstanceId,
            RetryAttempt = context.RetryAttempt,
            Recovering = context.Recovering,
            StartedAt = time.GetUtcNow(),
        };
        await SaveAsync(db =>
        {
            db.JobAttempts.Add(attempt);
            return db.SaveChangesAsync(CancellationToken.None);
        });
        _open[context.FireInstanceId] = attempt.Id;
    }

    /// <inheritdoc />
    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_open.TryRemove(context.FireInstanceId, out var id))
        {
            return;
        }

        var error = Unwrap(jobException);
        var report = context.Result as JobRunReport;
        var finishedAt = time.GetUtcNow();
        var durationMs = (long)context.JobRunTime.TotalMilliseconds;
        var outcome = context.Outcome switch
        {
            ExecutionOutcome.Cancelled => JobAttemptOutcomes.Cancelled,
            ExecutionOutcome.Failed => JobAttemptOutcomes.Failed,
            _ when error is not null => JobAttemptOutcomes.Failed,
            _ => report?.Result.ToString() ?? JobAttemptOutcomes.Succeeded,
        };
        var retryScheduled = context.RetryScheduled;
        var summary = Cut(report?.Summary, 1000);
        var exceptionType = error?.GetType().FullName;
        var exceptionMessage = Cut(error?.Message, 4000);
        var exceptionDetail = error?.ToString();

        // One UPDATE by key, no read first: the row was written by JobToBeExecuted.
        await SaveAsync(db => db.JobAttempts.Where(a => a.Id == id).ExecuteUpdateAsync(
            set => set
                .SetProperty(a => a.FinishedAt, finishedAt)
                .SetProperty(a => a.DurationMs, durationMs)
                .SetProperty(a => a.Outcome, outcome)
                .SetProperty(a => a.RetryScheduled, retryScheduled)
                .SetProperty(a => a.Summary, summary)
                .SetProperty(a => a.ExceptionType, exceptionType)
                .SetProperty(a => a.ExceptionMessage, exceptionMessage)
                .SetProperty(a => a.ExceptionDetail, exceptionDetail),
            CancellationToken.None));
    }

    /// <summary>What the job itself threw, out of the scheduler's wrappers.</summary>
    private static Exception? Unwrap(Exception? exception)
    {
        while (exception is { InnerException: not null } && exception.GetType().Namespace?.StartsWith("Quartz", StringComparison.Ordinal) == true)
        {
            exception = exception.InnerException;
        }

        return exception;
    }

    private static string? Cut(string? text, int length) => text is { Length: > 0 } && text.Length > length ? text[..length] : text;

    private async Task SaveAsync(Func<PartnerHelpDbContext, Task<int>> write)
    {
        // Recording must never fail the job it records.
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await write(scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Could not record a job attempt");
            Debug.Fail(ex.Message);
        }
    }
}

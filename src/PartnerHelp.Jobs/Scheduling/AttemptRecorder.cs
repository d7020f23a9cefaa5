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
/// off by a crash stays visible as one that never finished; a job marked <see cref="WritesOwnRunRecordAttribute"/>
/// writes it in its own transactions instead (<see cref="RunRecord"/>), and after the run this stores what it did not.
/// </summary>
public sealed class AttemptRecorder(IServiceScopeFactory scopes, TimeProvider time, ILogger<AttemptRecorder> logger) : IJobListener
{
    private static readonly ConcurrentDictionary<Type, bool> OwnRecords = new();
    private readonly ConcurrentDictionary<string, RunRecord> _open = new(StringComparer.Ordinal);

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
        var run = new RunRecord(attempt)
        {
            HandedToJob = OwnRecords.GetOrAdd(context.JobDetail.JobType.Type, type => type.IsDefined(typeof(WritesOwnRunRecordAttribute), inherit: false)),
        };
        _open[context.FireInstanceId] = run;
        if (run.HandedToJob)
        {
            return;
        }

        if (await SaveAsync(db =>
        {
            db.JobAttempts.Add(attempt);
            return db.SaveChangesAsync(CancellationToken.None);
        }))
        {
            run.StoredByRecorder();
        }
    }

    /// <summary>The record of the run in <paramref name="context"/>, when its job writes it itself (<see cref="WritesOwnRunRecordAttribute"/>).</summary>
    public RunRecord? RecordOf(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _open.TryGetValue(context.FireInstanceId, out var run) && run.HandedToJob ? run : null;
    }

    /// <inheritdoc />
    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_open.TryRemove(context.FireInstanceId, out var run))
        {
            return;
        }

        var error = Unwrap(jobException);
        var report = context.Result as JobRunReport;
        var outcome = context.Outcome switch
        {
            ExecutionOutcome.Cancelled => JobAttemptOutcomes.Cancelled,
            ExecutionOutcome.Failed => JobAttemptOutcomes.Failed,
            _ when error is not null => JobAttemptOutcomes.Failed,
            _ => report?.Result.ToString() ?? JobAttemptOutcomes.Succeeded,
        };
        var summary = Cut(report?.Summary, 1000);
        var row = run.Row;
        if (run.FinishStored && error is null && !context.RetryScheduled && outcome == row.Outcome && summary == row.Summary)
        {
            return; // the job's last commit stored the finish
        }

        row.FinishedAt = time.GetUtcNow();
        row.DurationMs = (long)context.JobRunTime.TotalMilliseconds;
        row.Outcome = outcome;
        row.RetryScheduled = context.RetryScheduled;
        row.Summary = summary;
        row.ExceptionType = error?.GetType().FullName;
        row.ExceptionMessage = Cut(error?.Message, 4000);
        row.ExceptionDetail = error?.ToString();
        if (!run.StartStored)
        {
            // Neither the job nor JobToBeExecuted stored the row: one INSERT with start and finish.
            await SaveAsync(db =>
            {
                db.JobAttempts.Add(row);
                return db.SaveChangesAsync(CancellationToken.None);
            });
            return;
        }

        // One UPDATE by key, no read first: the row is stored.
        await SaveAsync(db => db.JobAttempts.Where(a => a.Id == row.Id).ExecuteUpdateAsync(
            set => set
                .SetProperty(a => a.FinishedAt, row.FinishedAt)
                .SetProperty(a => a.DurationMs, row.DurationMs)
                .SetProperty(a => a.Outcome, row.Outcome)
                .SetProperty(a => a.RetryScheduled, row.RetryScheduled)
                .SetProperty(a => a.Summary, row.Summary)
                .SetProperty(a => a.ExceptionType, row.ExceptionType)
                .SetProperty(a => a.ExceptionMessage, row.ExceptionMessage)
                .SetProperty(a => a.ExceptionDetail, row.ExceptionDetail),
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

    /// <summary>Runs <paramref name="write"/> in a scope of its own; false when it failed (logged: recording must never fail the job it records).</summary>
    private async Task<bool> SaveAsync(Func<PartnerHelpDbContext, Task<int>> write)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await write(scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>());
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Could not record a job attempt");
            Debug.Fail(ex.Message);
            return false;
        }
    }
}

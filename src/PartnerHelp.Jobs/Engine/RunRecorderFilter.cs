using System.Diagnostics;
using Hangfire.Common;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerHelp.Core.Telemetry;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Jobs.Engine;

/// <summary>
/// Records every run in <c>job_attempts</c>: node, attempt, duration, outcome and the full exception. Hangfire's own
/// state history goes with the job (InMemory forgets it on restart, and finished jobs expire after a day); these rows
/// stay for <see cref="JobsOptions.HistoryRetention"/>, and a run cut off by a crash stays visible as one that never
/// finished. The row is written when the run starts; a payment run writes it itself with its first commit
/// (<see cref="RunRecord"/>), and after the run this stores what the job did not. Each finished run is also counted on
/// <see cref="PartnerHelpMetrics"/> by job type and outcome.
/// </summary>
public sealed class RunRecorderFilter(IServiceScopeFactory scopes, JobRetries retries, TimeProvider time, PartnerHelpMetrics metrics, ILogger<RunRecorderFilter> logger)
    : JobFilterAttribute, IServerFilter
{
    /// <inheritdoc />
    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.BackgroundJob;
        // Each parameter read is a round trip on PostgreSQL: a refund's job is known by its type, without its RecurringJobId.
        var kind = JobKind.Of(job.Job, null);
        if (!kind.IsRefund)
        {
            kind = JobKind.Of(job.Job, context.GetJobParameter<string>("RecurringJobId", allowStale: true));
        }

        var attempt = context.GetJobParameter<int>("RetryCount", allowStale: true);
        var row = new JobAttempt
        {
            JobGroup = kind.Group,
            JobName = Cut(kind.Name, 150)!,
            TriggerName = Cut(job.Id, 150)!,
            FireInstanceId = Cut($"{job.Id}:{attempt}:{Guid.NewGuid():N}", 140)!,
            SchedulerInstanceId = Cut(context.ServerId, 200) ?? "?",
            RetryAttempt = attempt,
            Recovering = WasCutOff(job.Id, attempt),
            StartedAt = time.GetUtcNow(),
        };
        var run = new RunRecord(row) { HandedToJob = job.Job?.Type == typeof(ProcessRefundJob) };
        run.Attach(context);
        if (!run.HandedToJob && Save(db => db.JobAttempts.Add(row)))
        {
            run.StoredByRecorder();
        }
    }

    /// <inheritdoc />
    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RunRecord.Detach(context) is not { } run)
        {
            return;
        }

        var error = context.Exception is { } thrown && !context.ExceptionHandled ? Unwrap(thrown) : null;
        var cancelled = error is OperationCanceledException && context.CancellationToken.ShutdownToken.IsCancellationRequested;
        var outcome = cancelled ? JobAttemptOutcomes.Cancelled : error is not null ? JobAttemptOutcomes.Failed : JobAttemptOutcomes.Succeeded;
        var summary = Cut(context.Result?.ToString(), 1000);
        var retrying = !cancelled && error is not null && retries.WillRetry(error, run.Row.RetryAttempt);
        var row = run.Row;
        metrics.JobRun(MetricJobType(row), retrying ? "retrying" : outcome.ToLowerInvariant());
        if (run.FinishStored && error is null && outcome == row.Outcome && summary == row.Summary)
        {
            return; // the job's last commit stored the finish
        }

        row.FinishedAt = time.GetUtcNow();
        row.DurationMs = Math.Max(0, (long)(row.FinishedAt.Value - row.StartedAt).TotalMilliseconds);
        row.Outcome = outcome;
        row.RetryScheduled = retrying;
        row.Summary = summary;
        row.ExceptionType = error?.GetType().FullName;
        row.ExceptionMessage = Cut(error?.Message, 4000);
        row.ExceptionDetail = error?.ToString();
        Save(db =>
        {
            if (run.StartStored)
            {
                db.JobAttempts.Update(row);
            }
            else
            {
                db.JobAttempts.Add(row);
            }
        });
    }

    /// <summary>Whether an earlier run of the same job and attempt never finished: this run recovers one cut off by a crash.</summary>
    private bool WasCutOff(string jobId, int attempt)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
            return db.JobAttempts.AsNoTracking().Any(a => a.TriggerName == jobId && a.RetryAttempt == attempt && a.FinishedAt == null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Could not read earlier runs of job {JobId}", jobId);
            return false;
        }
    }

    /// <summary>The job's group, or for a recurring job its id: closed sets, never a refund id.</summary>
    private static string MetricJobType(JobAttempt row) => row.JobGroup == JobKind.RecurringGroup ? row.JobName : row.JobGroup;

    /// <summary>What the job itself threw, out of Hangfire's and reflection's wrappers.</summary>
    private static Exception Unwrap(Exception exception) =>
        exception is JobPerformanceException or System.Reflection.TargetInvocationException && exception.InnerException is { } inner ? Unwrap(inner) : exception;

    private static string? Cut(string? text, int length) => text is { Length: > 0 } && text.Length > length ? text[..length] : text;

    /// <summary>Runs <paramref name="write"/> and saves in a scope of its own; false when it failed (logged: recording must never fail the job it records).</summary>
    private bool Save(Action<PartnerHelpDbContext> write)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
            write(db);
            db.SaveChanges();
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

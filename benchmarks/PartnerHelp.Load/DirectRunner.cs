using System.Globalization;
using System.Threading.Channels;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Jobs.Refunds;
using PartnerHelp.Jobs.Scheduling;

namespace PartnerHelp.Load;

/// <summary>
/// Runs the refund jobs the site's code creates, without an engine: it stands where Hangfire's client stands
/// (<see cref="IBackgroundJobClient"/>, so the outbox dispatcher and ProcessRefund's status-check scheduling are the
/// site's own code), and <see cref="JobsOptions.WorkerCount"/> loops take the runs from an in-process queue. A payment
/// run is ProcessRefund's body (<see cref="RefundPayments"/> in the canceller's culture, with its run record written in
/// the refund's own commits, as under Hangfire); a status check is <see cref="RefundStatusJob"/>, repeated after
/// <see cref="JobsOptions.StatusPollInterval"/> until the payout settled. What it leaves out is the engine: job storage,
/// state changes, filters, the per-refund lock and the run-record filter's look-up of cut-off runs.
/// </summary>
internal sealed class DirectRunner(IServiceScopeFactory scopes, IOptions<JobsOptions> options, TimeProvider time, ILogger<DirectRunner> logger)
    : IBackgroundJobClient
{
    private readonly Channel<Run> _runs = Channel.CreateUnbounded<Run>();
    private long _next;

    /// <inheritdoc />
    public string Create(Job job, IState state)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(state);
        if (job.Type != typeof(ProcessRefundJob) && job.Type != typeof(RefundStatusJob))
        {
            throw new NotSupportedException($"The direct runner runs refund jobs only, not {job.Type.Name}.");
        }

        var id = "direct-" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var run = new Run(id, job.Type == typeof(ProcessRefundJob), (string)job.Args[0], (string)job.Args[1], job.Args[2] as string);
        Queue(run, state is ScheduledState scheduled ? scheduled.EnqueueAt - time.GetUtcNow().UtcDateTime : TimeSpan.Zero);
        return id;
    }

    /// <inheritdoc />
    public bool ChangeState(string jobId, IState state, string expectedState) =>
        throw new NotSupportedException("The direct runner keeps no job states.");

    /// <summary>Runs the queued work on <see cref="JobsOptions.WorkerCount"/> loops until <paramref name="stoppingToken"/>.</summary>
    public Task RunAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.WorkerCount)).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None)));

    private void Queue(Run run, TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
        {
            _runs.Writer.TryWrite(run);
            return;
        }

        _ = Task.Delay(delay, time).ContinueWith(_ => _runs.Writer.TryWrite(run), TaskScheduler.Default);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var run in _runs.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await PerformAsync(run, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // Hangfire would retry it after RetryInitialDelay; so does this (the harness's simulator never fails).
                    logger.LogWarning(ex, "Direct run {Id} of refund {RefundId} failed; retrying", run.Id, run.RefundId);
                    Queue(run, options.Value.RetryInitialDelay);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PerformAsync(Run run, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (!run.Payment)
        {
            var check = await services.GetRequiredService<RefundStatusJob>().RunAsync(run.RefundId, run.OrderId, run.Culture, cancellationToken);
            if (!check.Done)
            {
                Queue(run, options.Value.StatusPollInterval);
            }

            return;
        }

        using var language = JobCulture.Use(run.Culture);
        var record = new RunRecord(new JobAttempt
        {
            JobGroup = JobKind.RefundGroup,
            JobName = run.RefundId,
            TriggerName = run.Id,
            FireInstanceId = $"{run.Id}:0:{Guid.NewGuid():N}",
            SchedulerInstanceId = "direct",
            StartedAt = time.GetUtcNow(),
        }) { HandedToJob = true };
        var outcome = await services.GetRequiredService<RefundPayments>().PayAsync(run.RefundId, run.Culture, lastAttempt: false, record, cancellationToken);
        if (outcome == PaymentOutcome.Paid)
        {
            services.GetRequiredService<RefundJobs>().ScheduleStatusCheck(run.RefundId, run.OrderId, run.Culture);
        }

        if (!record.FinishStored)
        {
            // What Hangfire's run-record filter stores after a run that did not settle in its own last commit.
            var db = services.GetRequiredService<PartnerHelpDbContext>();
            record.Succeed(db, time.GetUtcNow(), outcome.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private sealed record Run(string Id, bool Payment, string RefundId, string OrderId, string? Culture);
}

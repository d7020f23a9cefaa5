using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Recurring;

/// <summary>Which recurring jobs an operator paused (<c>recurring_job_pauses</c>); <see cref="Engine.RecurringPauseFilter"/> skips their runs.</summary>
public sealed class RecurringPauses(PartnerHelpDbContext db, TimeProvider time)
{
    /// <summary>The paused jobs by id.</summary>
    public async Task<IReadOnlyDictionary<string, RecurringJobPause>> AllAsync(CancellationToken cancellationToken) =>
        await db.RecurringJobPauses.AsNoTracking().ToDictionaryAsync(p => p.JobId, StringComparer.Ordinal, cancellationToken);

    /// <summary>Whether <paramref name="jobId"/> is paused (synchronous: Hangfire's client filters are).</summary>
    public bool IsPaused(string jobId) => db.RecurringJobPauses.AsNoTracking().Any(p => p.JobId == jobId);

    /// <summary>Pauses <paramref name="jobId"/> for <paramref name="actor"/>; false when it was paused already.</summary>
    public async Task<bool> PauseAsync(string jobId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        if (await db.RecurringJobPauses.AnyAsync(p => p.JobId == jobId, cancellationToken))
        {
            return false;
        }

        db.RecurringJobPauses.Add(new RecurringJobPause { JobId = jobId, PausedAt = time.GetUtcNow(), PausedBy = actor });

        // Two operators pausing at once: the key refuses the second, which finds it paused.
        return await db.TrySaveChangesAsync(cancellationToken);
    }

    /// <summary>Resumes <paramref name="jobId"/>; false when it was not paused.</summary>
    public async Task<bool> ResumeAsync(string jobId, CancellationToken cancellationToken) =>
        await db.RecurringJobPauses.Where(p => p.JobId == jobId).ExecuteDeleteAsync(cancellationToken) > 0;
}

using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// One run's <c>job_attempts</c> row, written by the job in its own transactions instead of two of the recorder's: the
/// start with the job's first commit, the finish with its last. For jobs marked <see cref="WritesOwnRunRecordAttribute"/>,
/// which must commit the row before they do anything outside the database; the job gets it from
/// <see cref="AttemptRecorder.RecordOf"/>, and whatever it did not store, the recorder stores after the run.
/// </summary>
public sealed class RunRecord
{
    internal RunRecord(JobAttempt row) => Row = row;

    internal JobAttempt Row { get; }

    /// <summary>Whether the job writes the row (its type is marked <see cref="WritesOwnRunRecordAttribute"/>).</summary>
    internal bool HandedToJob { get; init; }

    /// <summary>Whether the row is in the database.</summary>
    public bool StartStored { get; private set; }

    /// <summary>Whether the row's finish is in the database.</summary>
    public bool FinishStored { get; private set; }

    internal void StoredByRecorder() => StartStored = true;

    /// <summary>Puts the row among <paramref name="db"/>'s pending changes (added, or attached when stored already).</summary>
    public void Enlist(PartnerHelpDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Entry(Row).State == EntityState.Detached)
        {
            if (StartStored)
            {
                db.JobAttempts.Attach(Row);
            }
            else
            {
                db.JobAttempts.Add(Row);
            }
        }
    }

    /// <summary>Records in <paramref name="db"/>'s pending changes that the run succeeded at <paramref name="now"/>.</summary>
    public void Succeed(PartnerHelpDbContext db, DateTimeOffset now, string summary)
    {
        Enlist(db);
        Row.FinishedAt = now;
        Row.DurationMs = Math.Max(0, (long)(now - Row.StartedAt).TotalMilliseconds);
        Row.Outcome = JobAttemptOutcomes.Succeeded;
        Row.Summary = summary;
    }

    /// <summary>After <paramref name="db"/> saved: notes what of the row that save stored.</summary>
    public void Saved(PartnerHelpDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Entry(Row).State == EntityState.Unchanged)
        {
            StartStored = true;
            FinishStored = Row.FinishedAt is not null;
        }
    }
}

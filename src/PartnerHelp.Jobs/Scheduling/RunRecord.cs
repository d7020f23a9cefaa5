using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// One run's <c>job_attempts</c> row. Most jobs' rows are written by <see cref="Engine.RunRecorderFilter"/> before and
/// after the run. A payment run writes its own, in its own transactions: the start with its first commit (before the
/// processor is called), the finish with its last; it finds the record with <see cref="Of"/>, and whatever it did not
/// store, the recorder stores after the run.
/// </summary>
public sealed class RunRecord
{
    private const string ItemKey = "partnerhelp:run-record";

    internal RunRecord(JobAttempt row) => Row = row;

    internal JobAttempt Row { get; }

    /// <summary>The run's retry attempt (0 for the first run), as read when the run started.</summary>
    public int Attempt => Row.RetryAttempt;

    /// <summary>Whether the job writes the row itself.</summary>
    internal bool HandedToJob { get; init; }

    /// <summary>The record of the run in <paramref name="context"/> when its job writes it itself; null otherwise (or outside a recorded run).</summary>
    public static RunRecord? Of(PerformContext? context) =>
        context?.Items.TryGetValue(ItemKey, out var value) == true && value is RunRecord { HandedToJob: true } run ? run : null;

    internal void Attach(PerformContext context) => context.Items[ItemKey] = this;

    internal static RunRecord? Detach(PerformContext context)
    {
        if (!context.Items.TryGetValue(ItemKey, out var value))
        {
            return null;
        }

        context.Items.Remove(ItemKey);
        return value as RunRecord;
    }

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

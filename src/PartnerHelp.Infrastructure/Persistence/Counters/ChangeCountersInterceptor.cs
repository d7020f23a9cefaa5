using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace PartnerHelp.Infrastructure.Persistence.Counters;

/// <summary>
/// Keeps the counters (<c>refund_totals</c>) in the same transaction as every save that changes
/// what they count, whichever code path or node makes it. Before the save it reads the changes from the change tracker
/// (<see cref="ChangeCounters"/>), opens a transaction when the caller has none and applies the counter upserts; the
/// rows are written next in that transaction, which commits after them. A save that fails rolls the counters back with
/// its rows, and the change tracker keeps its pending changes, as with any failed save. In a transaction it opened itself
/// the save takes no savepoint: EF Core would otherwise wrap the rows in SAVEPOINT and RELEASE (two round trips on
/// PostgreSQL, four of a refund's) to keep the transaction usable after a failure, and a failed save here rolls back
/// the whole transaction anyway. A caller's own transaction keeps EF Core's savepoints.
/// </summary>
public sealed class ChangeCountersInterceptor : SaveChangesInterceptor
{
    /// <summary>The one instance every context shares (it keeps no state of its own between saves but the open ones).</summary>
    public static ChangeCountersInterceptor Instance { get; } = new();

    // The transaction a save opened itself, from before the save until it commits or fails, with the context's
    // savepoint setting to restore afterwards.
    private static readonly ConditionalWeakTable<DbContext, OwnedTransaction> Owned = [];

    private ChangeCountersInterceptor()
    {
    }

    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeginAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    /// <inheritdoc />
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BeginAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    /// <inheritdoc />
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EndAsync(eventData.Context, commit: true, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    /// <inheritdoc />
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EndAsync(eventData.Context, commit: true, async: true, cancellationToken);
        return result;
    }

    /// <inheritdoc />
    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        EndAsync(eventData.Context, commit: false, async: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc />
    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context, commit: false, async: true, CancellationToken.None).AsTask();

    /// <inheritdoc />
    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        EndAsync(eventData.Context, commit: false, async: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc />
    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context, commit: false, async: true, CancellationToken.None).AsTask();

    // One body for both paths: with async false every await below completes synchronously.
    private static async ValueTask BeginAsync(DbContext? context, bool async, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }

        var counters = ChangeCounters.Collect(context.ChangeTracker);
        if (counters.IsEmpty)
        {
            return;
        }

        var database = context.Database;
        if (database.CurrentTransaction is null)
        {
            var own = async ? await database.BeginTransactionAsync(cancellationToken) : database.BeginTransaction();
            Owned.AddOrUpdate(context, new OwnedTransaction(own, database.AutoSavepointsEnabled));
            database.AutoSavepointsEnabled = false;
        }

        try
        {
            // One shard per save spreads concurrent writers of the same state and currency over several rows.
            if (counters.Statement(Random.Shared.Next(ChangeCounters.RefundTotalShards)) is { } statement)
            {
                _ = async ? await database.ExecuteSqlAsync(statement, cancellationToken) : database.ExecuteSql(statement);
            }
        }
        catch
        {
            await EndAsync(context, commit: false, async, CancellationToken.None);
            throw;
        }
    }

    private static async ValueTask EndAsync(DbContext? context, bool commit, bool async, CancellationToken cancellationToken)
    {
        if (context is null || !Owned.TryGetValue(context, out var owned))
        {
            return;
        }

        Owned.Remove(context);
        context.Database.AutoSavepointsEnabled = owned.AutoSavepoints;
        var own = owned.Transaction;
        try
        {
            if (commit)
            {
                if (async)
                {
                    await own.CommitAsync(cancellationToken);
                }
                else
                {
                    own.Commit();
                }
            }
        }
        finally
        {
            if (async)
            {
                await own.DisposeAsync();
            }
            else
            {
                own.Dispose();
            }
        }
    }

    private sealed record OwnedTransaction(IDbContextTransaction Transaction, bool AutoSavepoints);
}

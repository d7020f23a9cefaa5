using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Infrastructure.Persistence.Counters;

/// <summary>
/// What one save changes in the counters: refunds added, moved or removed per state and currency.
/// <see cref="ChangeCountersInterceptor"/> collects it from the change tracker before saving and applies it with
/// upserts in the same transaction, so the counters can never disagree with the rows they count, whichever code path
/// or node made the change.
/// </summary>
public sealed class ChangeCounters
{
    /// <summary>Rows per (state, currency) in <c>refund_totals</c>.</summary>
    public const int RefundTotalShards = 8;

    private readonly Dictionary<(string Status, string Currency), (long Count, long Hundredths)> refunds = [];

    /// <summary>Whether the save changes no counter.</summary>
    public bool IsEmpty => refunds.Values.All(d => d is (0, 0));

    /// <summary>Net change per (state, currency): refunds counted and their amount in hundredths.</summary>
    public IReadOnlyDictionary<(string Status, string Currency), (long Count, long Hundredths)> Refunds => refunds;

    /// <summary>Reads the pending changes of <paramref name="tracker"/> (detecting changes first).</summary>
    public static ChangeCounters Collect(ChangeTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        var counters = new ChangeCounters();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is Refund)
            {
                counters.CountRefund(entry);
            }
        }

        return counters;
    }

    /// <summary>Hundredths of a currency unit in <paramref name="amount"/> (amounts carry two decimals; a third is rounded as PostgreSQL's numeric(18,2) would).</summary>
    public static long Hundredths(decimal amount) => decimal.ToInt64(decimal.Round(amount * 100m, MidpointRounding.AwayFromZero));

    /// <summary>
    /// The upsert that applies the changes inside the caller's transaction, its rows in key order so concurrent saves
    /// take row locks in the same order; <see langword="null"/> when nothing changes. One row per (state, currency)
    /// changed, five parameters each: a save would need thousands of currencies to near either database's parameter
    /// limit, and would then fail as a whole, changing nothing.
    /// </summary>
    public FormattableString? Statement(int shard)
    {
        var totals = refunds.Where(r => r.Value is not (0, 0))
            .OrderBy(r => r.Key.Status, StringComparer.Ordinal).ThenBy(r => r.Key.Currency, StringComparer.Ordinal)
            .ToList();
        if (totals.Count == 0)
        {
            return null;
        }

        var format = new StringBuilder("""INSERT INTO refund_totals ("Status", "Currency", "Shard", "Count", "AmountHundredths") VALUES """);
        var values = new List<object>(totals.Count * 5);
        foreach (var ((status, currency), (count, hundredths)) in totals)
        {
            format.Append(values.Count == 0 ? "(" : ", (");
            foreach (var value in new object[] { status, currency, shard, count, hundredths })
            {
                format.Append(values.Count % 5 == 0 ? "{" : ", {").Append(values.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
                values.Add(value);
            }

            format.Append(')');
        }

        format.Append("""
             ON CONFLICT ("Status", "Currency", "Shard") DO UPDATE SET "Count" = refund_totals."Count" + excluded."Count", "AmountHundredths" = refund_totals."AmountHundredths" + excluded."AmountHundredths";
            """);
        return FormattableStringFactory.Create(format.ToString(), [.. values]);
    }

    private void CountRefund(EntityEntry entry)
    {
        var status = entry.Property(nameof(Refund.Status));
        var currency = entry.Property(nameof(Refund.Currency));
        var amount = entry.Property(nameof(Refund.Amount));
        if (entry.State != EntityState.Added)
        {
            if (entry.State == EntityState.Modified && !status.IsModified && !currency.IsModified && !amount.IsModified)
            {
                return;
            }

            Add(status.OriginalValue!.ToString()!, (string)currency.OriginalValue!, -1, -Hundredths((decimal)amount.OriginalValue!));
        }

        if (entry.State != EntityState.Deleted)
        {
            Add(status.CurrentValue!.ToString()!, (string)currency.CurrentValue!, 1, Hundredths((decimal)amount.CurrentValue!));
        }
    }

    private void Add(string status, string currency, long count, long hundredths)
    {
        var key = (status, currency);
        var (c, h) = refunds.GetValueOrDefault(key);
        refunds[key] = (c + count, h + hundredths);
    }
}

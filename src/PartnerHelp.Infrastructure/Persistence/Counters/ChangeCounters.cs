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

    /// <summary>
    /// Parameters one counter command carries at most: below SQLite's limit of variables per statement (32,766) and
    /// PostgreSQL's of parameters per command (65,535). A save of 20,000 new partners (the scale generator's batches)
    /// went past SQLite's when saves also raised per-partner versions (since removed); refund totals, a row per state and
    /// currency, stay far below it, and the split remains as a guard.
    /// </summary>
    public const int MaxParametersPerCommand = 30_000;

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
    /// The upserts that apply the changes inside the caller's transaction, in key order, so concurrent saves take row
    /// locks in the same order. Usually one command (one round trip); a save touching more rows than one command may
    /// carry parameters for (<see cref="MaxParametersPerCommand"/>) gets as many commands as it needs, in the same order.
    /// Empty when nothing changes.
    /// </summary>
    public IReadOnlyList<FormattableString> Statements(int shard)
    {
        var commands = new CommandList();
        var totals = refunds.Where(r => r.Value is not (0, 0)).OrderBy(r => r.Key.Status, StringComparer.Ordinal).ThenBy(r => r.Key.Currency, StringComparer.Ordinal);
        commands.AppendUpserts(
            """INSERT INTO refund_totals ("Status", "Currency", "Shard", "Count", "AmountHundredths") VALUES """,
            """
             ON CONFLICT ("Status", "Currency", "Shard") DO UPDATE SET "Count" = refund_totals."Count" + excluded."Count", "AmountHundredths" = refund_totals."AmountHundredths" + excluded."AmountHundredths";
            """,
            [.. totals.Select(t => new object[] { t.Key.Status, t.Key.Currency, shard, t.Value.Count, t.Value.Hundredths })]);
        return commands.Finish();
    }

    /// <summary>Upsert statements packed into as few commands as <see cref="MaxParametersPerCommand"/> allows, in order.</summary>
    private sealed class CommandList
    {
        private readonly List<FormattableString> done = [];
        private readonly StringBuilder format = new();
        private readonly List<object> values = [];

        public void AppendUpserts(string head, string tail, IReadOnlyList<object[]> rows)
        {
            var next = 0;
            while (next < rows.Count)
            {
                var width = rows[next].Length;
                var fit = (MaxParametersPerCommand - values.Count) / width;
                if (fit == 0)
                {
                    Flush();
                    continue;
                }

                var take = Math.Min(fit, rows.Count - next);
                format.Append(head);
                for (var r = next; r < next + take; r++)
                {
                    format.Append(r == next ? "(" : ", (");
                    for (var i = 0; i < rows[r].Length; i++)
                    {
                        format.Append(i == 0 ? "" : ", ").Append('{').Append(values.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
                        values.Add(rows[r][i]);
                    }

                    format.Append(')');
                }

                format.Append(tail);
                next += take;
            }
        }

        public IReadOnlyList<FormattableString> Finish()
        {
            Flush();
            return done;
        }

        private void Flush()
        {
            if (values.Count == 0)
            {
                return;
            }

            done.Add(FormattableStringFactory.Create(format.ToString(), [.. values]));
            format.Clear();
            values.Clear();
        }
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

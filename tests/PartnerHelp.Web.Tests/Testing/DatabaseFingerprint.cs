using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Testing;

/// <summary>
/// Row count and a hash of every row of the tables that hold partner data and money, read straight from the
/// site's SQLite file: two equal fingerprints mean a request changed nothing that matters.
/// </summary>
public sealed record DatabaseFingerprint(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables)
{
    /// <summary>The business tables (not keys, sessions or bot transcripts, which change on reads too).</summary>
    public static readonly string[] BusinessTables =
    [
        "membership_orders", "refunds", "refund_transitions", "outbox_messages", "support_tickets", "credit_requests",
        "credit_request_forms", "csp_subscriptions", "reservations", "store_orders", "store_order_items", "tax_refund_claims",
        "invoice_credit_lines", "partners", "payout_ledger", "job_audit_log", "partner_notifications", "recurring_job_pauses",
    ];

    /// <summary>The business tables the background jobs never write (the jobs move refunds, payouts and notifications on their own).</summary>
    public static readonly string[] RequestOnlyTables =
    [
        "membership_orders", "support_tickets", "credit_requests", "credit_request_forms", "csp_subscriptions", "reservations",
        "store_orders", "store_order_items", "tax_refund_claims", "invoice_credit_lines", "partners", "job_audit_log",
        "recurring_job_pauses",
    ];

    public static async Task<DatabaseFingerprint> TakeAsync(PartnerHelpFactory factory, IEnumerable<string>? tables = null)
    {
        var result = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = factory.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        foreach (var table in tables ?? BusinessTables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "\0null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                    hash.AppendData(Encoding.UTF8.GetBytes(value + "\u001f"));
                }
            }

            result[table] = (rows, Convert.ToHexString(hash.GetHashAndReset())[..16]);
        }

        return new DatabaseFingerprint(result);
    }

    /// <summary>The tables whose rows differ from <paramref name="before"/>.</summary>
    public IReadOnlyList<string> ChangedSince(DatabaseFingerprint before) =>
        Tables.Where(t => !before.Tables.TryGetValue(t.Key, out var old) || old != t.Value).Select(t => $"{t.Key} ({before.Tables.GetValueOrDefault(t.Key).Rows}→{t.Value.Rows} rows)").ToList();
}

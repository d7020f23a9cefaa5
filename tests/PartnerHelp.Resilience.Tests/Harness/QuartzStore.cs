using Microsoft.Data.Sqlite;

namespace PartnerHelp.Resilience.Tests.Harness;

/// <summary>Reads Quartz's SQLite store directly: what is still scheduled or marked as running for a set of refunds.</summary>
internal static class QuartzStore
{
    /// <summary>Triggers left for refunds whose id starts with <paramref name="refundPrefix"/> (a finished refund has none).</summary>
    public static Task<long> TriggersAsync(string quartzPath, string refundPrefix) =>
        CountAsync(quartzPath, "SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_group IN ('refunds', 'refund-status') AND trigger_name LIKE $prefix", refundPrefix);

    /// <summary>Status-poll triggers left for those refunds (the sweep never creates one: it schedules the refund's process job).</summary>
    public static Task<long> StatusPollsAsync(string quartzPath, string refundPrefix) =>
        CountAsync(quartzPath, "SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_group = 'refund-status' AND trigger_name LIKE $prefix", refundPrefix);

    /// <summary>Fired-trigger rows (runs the store believes are in progress) for those refunds.</summary>
    public static Task<long> FiredAsync(string quartzPath, string refundPrefix) =>
        CountAsync(quartzPath, "SELECT COUNT(*) FROM qrtz_fired_triggers WHERE job_name LIKE $prefix", refundPrefix);

    private static async Task<long> CountAsync(string quartzPath, string sql, string refundPrefix)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = quartzPath, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$prefix", refundPrefix + "%");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

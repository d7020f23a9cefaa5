using Microsoft.Data.Sqlite;

namespace PartnerHelp.Resilience.Tests.Harness;

/// <summary>Reads Quartz's SQLite store directly: what is still scheduled or marked as running for a set of refunds.</summary>
internal static class QuartzStore
{
    /// <summary>Triggers left for refunds whose id starts with <paramref name="refundPrefix"/> (a finished refund has none).</summary>
    public static Task<long> TriggersAsync(string quartzPath, string refundPrefix) =>
        CountAsync(quartzPath, "SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_group IN ('refunds', 'refund-status') AND trigger_name LIKE $prefix", refundPrefix);

    /// <summary>
    /// When each status-poll trigger of those refunds was set to start, in ticks. A poll scheduled later (the sweep
    /// gave the refund a new process run, which found it paid and polls again) starts later than the one it replaces.
    /// </summary>
    public static async Task<IReadOnlyList<long>> StatusPollStartsAsync(string quartzPath, string refundPrefix)
    {
        await using var connection = await OpenAsync(quartzPath);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT start_time FROM qrtz_triggers WHERE trigger_group = 'refund-status' AND trigger_name LIKE $prefix";
        command.Parameters.AddWithValue("$prefix", refundPrefix + "%");
        var starts = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            starts.Add(reader.GetInt64(0));
        }

        return starts;
    }

    /// <summary>Fired-trigger rows (runs the store believes are in progress) for those refunds.</summary>
    private static Task<long> FiredAsync(string quartzPath, string refundPrefix) =>
        CountAsync(quartzPath, "SELECT COUNT(*) FROM qrtz_fired_triggers WHERE job_name LIKE $prefix", refundPrefix);

    /// <summary>Triggers and fired-trigger rows together: what a finished refund must have none of.</summary>
    public static async Task<long> JobsLeftAsync(string quartzPath, string refundPrefix) =>
        await TriggersAsync(quartzPath, refundPrefix) + await FiredAsync(quartzPath, refundPrefix);

    private static async Task<long> CountAsync(string quartzPath, string sql, string refundPrefix)
    {
        await using var connection = await OpenAsync(quartzPath);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$prefix", refundPrefix + "%");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<SqliteConnection> OpenAsync(string quartzPath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = quartzPath, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

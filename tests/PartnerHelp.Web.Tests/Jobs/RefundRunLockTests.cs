using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Jobs.Engine;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Jobs;

/// <summary>
/// One run per refund at a time, on any node: the PostgreSQL advisory lock (several nodes) and the storage lock
/// (InMemory), and the filter that holds it around a refund's jobs.
/// </summary>
public sealed class RefundRunLockTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task PostgreSqlLock_IsExclusivePerRefund_AndFreedByReleaseOrByTheHoldersSessionEnding()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await postgres.CreateDatabaseAsync("locks");
        var connectionString = postgres.ConnectionString("locks");
        using var nodeA = new PostgreSqlRefundRunLock(connectionString);
        using var nodeB = new PostgreSqlRefundRunLock(connectionString);

        var held = nodeA.Acquire("RF-CT-1001", Short, CancellationToken.None);
        Assert.Throws<DistributedLockTimeoutException>(() => nodeB.Acquire("RF-CT-1001", Short, CancellationToken.None));
        nodeB.Acquire("RF-CT-1002", Short, CancellationToken.None).Dispose(); // another refund is not blocked

        // A waiting run proceeds as soon as the holder releases.
        var waiting = Task.Run(() => nodeB.Acquire("RF-CT-1001", TimeSpan.FromSeconds(30), CancellationToken.None));
        await Task.Delay(Short);
        Assert.False(waiting.IsCompleted);
        held.Dispose();
        using (await waiting.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            Assert.Throws<DistributedLockTimeoutException>(() => nodeA.Acquire("RF-CT-1001", Short, CancellationToken.None));
        }

        // A node that dies takes its session with it: the lock is free at once, not after a lock timeout.
        _ = nodeA.Acquire("RF-CT-1003", Short, CancellationToken.None);
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND classid::int = $1 AND objid::int = $2", admin);
            kill.Parameters.Add(new NpgsqlParameter<int> { TypedValue = 0x50485246 });
            kill.Parameters.Add(new NpgsqlParameter<int> { TypedValue = PostgreSqlRefundRunLock.KeyOf("RF-CT-1003") });
            Assert.Equal(1L, (long)(await kill.ExecuteScalarAsync())!);
        }

        nodeB.Acquire("RF-CT-1003", TimeSpan.FromSeconds(10), CancellationToken.None).Dispose();
    }

    [Fact]
    public async Task PostgreSqlLock_StopsWaitingWhenTheServerShutsDown()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await postgres.CreateDatabaseAsync("locks");
        using var locks = new PostgreSqlRefundRunLock(postgres.ConnectionString("locks"));
        using var held = locks.Acquire("RF-CT-1001", Short, CancellationToken.None);
        using var shutdown = new CancellationTokenSource(Short);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Run(() => locks.Acquire("RF-CT-1001", TimeSpan.FromMinutes(1), shutdown.Token)));
    }

    [Fact]
    public void KeyOf_IsStable_AndSpreadsRefunds()
    {
        // Stable across processes and versions (every node must compute the same key): FNV-1a of the UTF-8 bytes.
        Assert.Equal(unchecked((int)0x811C9DC5), PostgreSqlRefundRunLock.KeyOf(string.Empty));
        Assert.Equal(unchecked((int)0xE40C292C), PostgreSqlRefundRunLock.KeyOf("a"));
        var keys = Enumerable.Range(0, 10_000).Select(i => PostgreSqlRefundRunLock.KeyOf($"RF-CT-{i}")).ToHashSet();
        Assert.True(keys.Count > 9_990, $"{keys.Count} distinct keys for 10,000 refunds");
    }

    [Fact]
    public void StorageLock_IsExclusivePerRefund()
    {
        using var storage = new InMemoryStorage();
        var locks = new StorageRefundRunLock(storage);
        using (locks.Acquire("RF-CT-1001", Short, CancellationToken.None))
        {
            Assert.Throws<DistributedLockTimeoutException>(() => locks.Acquire("RF-CT-1001", Short, CancellationToken.None));
            locks.Acquire("RF-CT-1002", Short, CancellationToken.None).Dispose();
        }

        locks.Acquire("RF-CT-1001", Short, CancellationToken.None).Dispose();
    }

    [Fact]
    public async Task RefundJob_WaitsForTheLockAnotherNodeHolds_ThenPaysOnce()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await postgres.CreateDatabaseAsync("partnerhelp_lock");
        var connectionString = postgres.ConnectionString("partnerhelp_lock");
        await using var factory = JobsSite.Create(s => s["Database:Provider"] = "PostgreSql");
        factory.Settings["ConnectionStrings:PartnerHelp"] = connectionString;
        using var partner = await JobsSite.SignedInAsync(factory, "admin@contoso.example");
        using var otherNode = new PostgreSqlRefundRunLock(connectionString);

        var held = otherNode.Acquire("RF-CT-1001", Short, CancellationToken.None);
        await JobsSite.CancelAsync(factory, "CT-1001");
        var monitoring = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await JobsSite.WaitForAsync(factory, _ => Task.FromResult(monitoring.ProcessingCount() == 1), "the payment run to start");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var refund = await scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>().Refunds.AsNoTracking().SingleAsync(r => r.Id == "RF-CT-1001");
            Assert.Equal(RefundStatus.Requested, refund.Status); // the run is waiting for the lock, before any payment step
        }

        held.Dispose();

        await JobsSite.WaitForRefundAsync(partner, "CT-1001", "Refunded");
        Assert.Equal(1, await JobsSite.PayoutsAsync(factory, "RF-CT-1001"));
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Tests.Persistence;

/// <summary>
/// The application's SQLite connections wait for the writer lock inside SQLite (busy_timeout) rather
/// than in Microsoft.Data.Sqlite's fixed 150 ms sleeps.
/// </summary>
public sealed class SqliteBusyWaitTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("ph-busy-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true); // no ClearAllPools: see TempDirectory.Dispose

    private string File(string name) => Path.Combine(directory, name);

    private static async Task<long> BusyTimeoutAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ContextConnections_WaitAsLongAsTheirDefaultTimeout_OnEveryOpen(bool pooling)
    {
        var database = new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = File("app.db"), Pooling = pooling, DefaultTimeout = 7 }.ToString(),
        };

        for (var open = 0; open < 2; open++)
        {
            await using var db = TestDatabases.Context(database);
            await db.Database.OpenConnectionAsync();
            Assert.Equal(7_000, await BusyTimeoutAsync((SqliteConnection)db.Database.GetDbConnection()));
        }
    }

    [Fact]
    public async Task Save_WaitsForAnotherWritersTransaction_AndCommitsAfterIt()
    {
        var database = TestDatabases.SqliteFile(File("app.db"));
        await TestDatabases.MigrateAsync(database);

        // Another connection (another process, as far as SQLite can tell) holds the writer lock.
        await using var other = new SqliteConnection(database.ConnectionString);
        await other.OpenAsync();
        await using (var wal = other.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync();
        }

        var held = (SqliteTransaction)await other.BeginTransactionAsync();
        await using (var insert = other.CreateCommand())
        {
            insert.Transaction = held;
            insert.CommandText = "DELETE FROM outbox_messages;";
            await insert.ExecuteNonQueryAsync();
        }

        await using var db = TestDatabases.Context(database);
        db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessage.RefundRequested, "RF-BUSY-1", "en", DateTimeOffset.UnixEpoch));

        // SQLite waits on the calling thread, so the save runs on its own.
        var save = Task.Run(() => db.SaveChangesAsync());
        await Task.Delay(200);
        Assert.False(save.IsCompleted, "the save should be waiting for the other writer");

        await held.CommitAsync();
        Assert.Equal(1, await save.WaitAsync(TimeSpan.FromSeconds(30)));
        await using var check = TestDatabases.Context(database);
        Assert.Equal("RF-BUSY-1", (await check.OutboxMessages.SingleAsync()).Subject);
    }
}

using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PartnerHelp.Infrastructure;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Benchmarks;

/// <summary>
/// What EF Core adds to one statement of a refund job: one committed insert of a <c>job_attempts</c> row and one read
/// of it by key, each through a new context (options built once, as the site builds them), through a context from EF
/// Core's pool (as the site leases them) and through a plain ADO.NET command on a pooled connection. The database is a
/// SQLite file in WAL mode with the application's schema, so a commit here costs what it costs the jobs, fsync
/// included. The difference, times a refund's statements, is what a hand-written job path could save
/// (docs/performance.md, "Jobs: upper bounds").
/// </summary>
[MemoryDiagnoser]
public class StoreCommandBenchmarks
{
    private const string InsertSql =
        "INSERT INTO job_attempts (JobGroup, JobName, TriggerName, FireInstanceId, SchedulerInstanceId, RetryAttempt, " +
        "Recovering, StartedAt, Outcome, RetryScheduled) " +
        "VALUES ('refunds', $name, $job, $fire, $server, 0, 0, $started, 'Running', 0)";

    private const string ReadSql =
        "SELECT Id, JobGroup, JobName, TriggerName, FireInstanceId, SchedulerInstanceId, RetryAttempt, Recovering, " +
        "StartedAt, FinishedAt, DurationMs, Outcome FROM job_attempts WHERE Id = $id";

    /// <summary>A Hangfire server id: node name, process id, instance.</summary>
    private static readonly string Server = $"node-1:4242:{Guid.NewGuid()}";

    private string _folder = null!;
    private DatabaseOptions _database = null!;
    private DbContextOptions<PartnerHelpDbContext> _options = null!;
    private PooledDbContextFactory<PartnerHelpDbContext> _pool = null!;
    private long _rowId;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("partnerhelp-bench-").FullName;
        var file = Path.Combine(_folder, "store.db");
        _database = new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString(),
        };
        var builder = new DbContextOptionsBuilder<PartnerHelpDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, _database);
        _options = builder.Options;
        _pool = new PooledDbContextFactory<PartnerHelpDbContext>(_options);
        using var db = new PartnerHelpDbContext(_options);

        // As the site's DatabaseInitializer starts a SQLite database: WAL, then the migrations.
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        DatabaseSchema.MigrateAsync(db).GetAwaiter().GetResult();
        var row = NewAttempt();
        db.JobAttempts.Add(row);
        db.SaveChanges();
        _rowId = row.Id;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A context, one added row, SaveChanges (its own transaction and commit).</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> EfCoreInsert()
    {
        await using var db = new PartnerHelpDbContext(_options);
        db.JobAttempts.Add(NewAttempt());
        return await db.SaveChangesAsync();
    }

    /// <summary>The same, with the context taken from EF Core's context pool.</summary>
    [Benchmark]
    public async Task<int> EfCorePooledInsert()
    {
        await using var db = await _pool.CreateDbContextAsync();
        db.JobAttempts.Add(NewAttempt());
        return await db.SaveChangesAsync();
    }

    /// <summary>The same row: a pooled connection, a transaction, one parameterized INSERT, commit.</summary>
    [Benchmark]
    public async Task<int> AdoInsert()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        var job = Guid.NewGuid().ToString();
        command.Parameters.AddWithValue("$name", Name());
        command.Parameters.AddWithValue("$job", job);
        command.Parameters.AddWithValue("$fire", $"{job}:0:{Guid.NewGuid():N}");
        command.Parameters.AddWithValue("$server", Server);
        command.Parameters.AddWithValue("$started", DateTimeOffset.UtcNow.UtcTicks);
        var inserted = await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return inserted;
    }

    /// <summary>A context and one row by key, untracked.</summary>
    [Benchmark]
    public async Task<string> EfCoreRead()
    {
        await using var db = new PartnerHelpDbContext(_options);
        var row = await db.JobAttempts.AsNoTracking().SingleAsync(a => a.Id == _rowId);
        return row.Outcome;
    }

    /// <summary>The same, with the context taken from EF Core's context pool.</summary>
    [Benchmark]
    public async Task<string> EfCorePooledRead()
    {
        await using var db = await _pool.CreateDbContextAsync();
        var row = await db.JobAttempts.AsNoTracking().SingleAsync(a => a.Id == _rowId);
        return row.Outcome;
    }

    /// <summary>The same row: a pooled connection and one parameterized SELECT.</summary>
    [Benchmark]
    public async Task<string> AdoRead()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = ReadSql;
        command.Parameters.AddWithValue("$id", _rowId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetString(11);
    }

    private string Name() => "RF-CT-" + (100000 + ++_next).ToString(CultureInfo.InvariantCulture);

    /// <summary>A payment run's row as the run-record filter writes it: the refund, Hangfire's job id, the server's id.</summary>
    private JobAttempt NewAttempt()
    {
        var job = Guid.NewGuid().ToString();
        return new JobAttempt
        {
            JobGroup = "refunds",
            JobName = Name(),
            TriggerName = job,
            FireInstanceId = $"{job}:0:{Guid.NewGuid():N}",
            SchedulerInstanceId = Server,
            StartedAt = DateTimeOffset.UtcNow,
        };
    }
}

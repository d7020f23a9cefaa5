using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PartnerHelp.Infrastructure.Persistence.Counters;

/// <summary>
/// Reads a partner's data version (<see cref="PartnerDataVersion"/>) with one primary-key lookup. Page caches
/// ask on every request, so this goes around EF Core (a context and its query pipeline cost several times the
/// lookup itself, measured in docs/performance.md). On SQLite each lookup reuses an open connection with the
/// statement already prepared: every execution is its own read transaction, so it sees every committed write,
/// from this process or another. On PostgreSQL the data source's pool serves it.
/// </summary>
public sealed class PartnerVersions : IAsyncDisposable
{
    private const string Sql = "SELECT \"Version\" FROM partner_versions WHERE \"PartnerId\" = @partner";
    private const int MaxIdleLookups = 8;

    private readonly NpgsqlDataSource? _postgres;
    private readonly IdleConnections<SqliteLookup>? _sqlite;

    /// <summary>Reads the application database described by <paramref name="database"/>, on PostgreSQL through the site's pool.</summary>
    public PartnerVersions(DatabaseOptions database, SitePostgreSqlPool pool)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(pool);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            _postgres = pool.Source;
        }
        else
        {
            var connectionString = database.ConnectionString;
            _sqlite = new IdleConnections<SqliteLookup>(() => new SqliteLookup(connectionString), MaxIdleLookups);
        }
    }

    /// <summary>The version of <paramref name="partnerId"/>'s data (0 before its first change).</summary>
    public async Task<long> ReadAsync(string partnerId, CancellationToken cancellationToken)
    {
        if (_sqlite is not null)
        {
            return ReadSqlite(_sqlite, partnerId);
        }

        await using var command = _postgres!.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter("partner", partnerId));
        return Version(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        // The PostgreSQL pool is the site's (SitePostgreSqlPool), disposed with it.
        _sqlite?.Dispose();
        return ValueTask.CompletedTask;
    }

    // A local file lookup takes microseconds: run it on the calling thread.
    private static long ReadSqlite(IdleConnections<SqliteLookup> lookups, string partnerId)
    {
        var lookup = lookups.Rent();
        try
        {
            var version = lookup.Read(partnerId);
            lookups.Return(lookup);
            return version;
        }
        catch
        {
            lookup.Dispose();
            throw;
        }
    }

    private static long Version(object? value) => value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    /// <summary>An open SQLite connection with the lookup prepared; used by one caller at a time.</summary>
    private sealed class SqliteLookup : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _partner;

        public SqliteLookup(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            _command = _connection.CreateCommand();
            _command.CommandText = Sql;
            _partner = _command.Parameters.Add("@partner", SqliteType.Text);
            _partner.Value = string.Empty;
            _command.Prepare();
        }

        public long Read(string partnerId)
        {
            _partner.Value = partnerId;
            return Version(_command.ExecuteScalar());
        }

        public void Dispose()
        {
            _command.Dispose();
            _connection.Dispose();
        }
    }
}

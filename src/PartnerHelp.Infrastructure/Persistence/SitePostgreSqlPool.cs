using Npgsql;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>
/// The one PostgreSQL connection pool a node uses for the site's own work: EF Core's contexts and
/// <c>PartnerOrderReads</c>. Each used to open a pool of its own on the same server, each allowed Npgsql's default of 100
/// connections, so a busy node could hold several hundred and a few nodes exhaust the server's <c>max_connections</c>.
/// One pool caps the site's share by the connection string's <c>Maximum Pool Size</c>; Hangfire's pool and the refund run
/// locks' (one connection per running refund) are the node's other two (docs/architecture.md, "Bounded by the one
/// database"). Null <see cref="Source"/> on SQLite, whose readers keep their own open connections.
/// </summary>
public sealed class SitePostgreSqlPool : IAsyncDisposable
{
    /// <summary>Opens the pool when <paramref name="database"/> is PostgreSQL.</summary>
    public SitePostgreSqlPool(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            Source = NpgsqlDataSource.Create(database.StatelessPostgreSqlConnectionString);
        }
    }

    /// <summary>The pool, or null when the application database is SQLite.</summary>
    public NpgsqlDataSource? Source { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Source?.DisposeAsync() ?? ValueTask.CompletedTask;
}

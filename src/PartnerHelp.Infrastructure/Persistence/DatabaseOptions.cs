using Npgsql;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section plus the resolved connection string.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Database";

    /// <summary>Which engine to use.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The application's connection string (<c>ConnectionStrings:PartnerHelp</c>).</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// <see cref="ConnectionString"/> for the site's own PostgreSQL pool (<see cref="SitePostgreSqlPool"/>: EF Core's
    /// contexts and <c>PartnerOrderReads</c>): they leave no session state on a connection (no SET, LISTEN or temporary tables;
    /// <c>StartupLock</c> releases its advisory lock before the connection goes back), so the pool's DISCARD ALL before
    /// every reuse is server work without a purpose — about nine per refund. Hangfire's connections skip it too; the
    /// refund run lock's connection, which holds session locks, keeps Npgsql's default.
    /// </summary>
    public string StatelessPostgreSqlConnectionString =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { NoResetOnClose = true }.ConnectionString;
}

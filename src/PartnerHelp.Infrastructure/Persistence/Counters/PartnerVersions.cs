using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PartnerHelp.Infrastructure.Persistence.Counters;

/// <summary>
/// Reads a partner's data version (<see cref="PartnerDataVersion"/>) with one primary-key lookup on a pooled
/// connection. Page caches ask on every request, so this goes around EF Core: a context and its query pipeline
/// cost several times the lookup itself (measured in docs/performance.md).
/// </summary>
public sealed class PartnerVersions : IAsyncDisposable
{
    private const string Sql = "SELECT \"Version\" FROM partner_versions WHERE \"PartnerId\" = @partner";

    private readonly DbDataSource _source;

    /// <summary>Connects to the application database described by <paramref name="database"/>.</summary>
    public PartnerVersions(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _source = database.Provider == DatabaseProvider.PostgreSql
            ? NpgsqlDataSource.Create(database.ConnectionString)
            : SqliteFactory.Instance.CreateDataSource(database.ConnectionString);
    }

    /// <summary>The version of <paramref name="partnerId"/>'s data (0 before its first change).</summary>
    public async Task<long> ReadAsync(string partnerId, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(Sql);
        var parameter = command.CreateParameter();
        parameter.ParameterName = "partner";
        parameter.Value = partnerId;
        command.Parameters.Add(parameter);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _source.DisposeAsync();
}

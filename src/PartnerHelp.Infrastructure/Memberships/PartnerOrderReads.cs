using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Refunds;
using PartnerHelp.Core.TaxRefunds;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// The reads of the memberships page and the order page, as hand-written statements instead of EF Core queries. On a first
/// view EF Core's part of these reads (preparing SQLite statements again on every execution, its shapers, opening the pooled
/// connection) cost more than the SQL itself (docs/performance.md, "Pages: first views"). On SQLite each read takes an open
/// connection with its statements already prepared (every execution is its own read transaction, so it sees every
/// committed write); on PostgreSQL the data source's pool serves it, and the statements are prepared once per pooled
/// connection. Every write still goes through EF Core and its version tokens.
/// </summary>
public sealed class PartnerOrderReads : IAsyncDisposable
{
    private const int MaxIdleConnections = 8;

    private readonly NpgsqlDataSource? _postgres;
    private readonly IdleConnections<SqlitePageReads>? _sqlite;
    private readonly PartnerOrderRows _rows;

    /// <summary>Reads the application database described by <paramref name="database"/>, on PostgreSQL through the site's pool.</summary>
    public PartnerOrderReads(DatabaseOptions database, SitePostgreSqlPool pool)
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
            _sqlite = new IdleConnections<SqlitePageReads>(() => new SqlitePageReads(connectionString), MaxIdleConnections);
        }

        _rows = new PartnerOrderRows(ticks: _postgres is null);
    }

    /// <summary>The partner with how many membership orders it has, or null when there is no such partner.</summary>
    public Task<(Partner Partner, int OrderCount)?> PartnerWithOrderCountAsync(string partnerId, CancellationToken cancellationToken) =>
        ReadAsync(s => s.PartnerWithOrderCount, PartnerOrderSql.PartnerWithOrderCount, [("@partner", partnerId)], async (row, ct) =>
            await row.ReadAsync(ct) ? (PartnerOrderRows.Partner(row, 0), checked((int)row.GetInt64(PartnerOrderSql.PartnerWidth))) : ((Partner, int)?)null,
            cancellationToken);

    /// <summary>One page of the partner's orders, newest first, each with its refund (or null) and the refund's transitions.</summary>
    public async Task<List<(MembershipOrder Order, Refund? Refund)>> PageOfOrdersAsync(string partnerId, int skip, int take, CancellationToken cancellationToken)
    {
        var page = await ReadAsync(s => s.PageOfOrders(take), PartnerOrderSql.PageOfOrders(take), [("@partner", partnerId), ("@skip", skip)], async (row, ct) =>
        {
            var rows = new List<(MembershipOrder Order, Refund? Refund)>(take);
            while (await row.ReadAsync(ct))
            {
                rows.Add((_rows.Order(row, 0), _rows.Refund(row, PartnerOrderSql.OrderWidth)));
            }

            return rows;
        }, cancellationToken);

        // The page's refunds' transitions in one statement per TransitionSlots refunds (one for a page of 20).
        var refunds = page.Where(r => r.Refund is not null).Select(r => r.Refund!).ToList();
        foreach (var chunk in refunds.Chunk(PartnerOrderSql.TransitionSlots))
        {
            var byId = chunk.ToDictionary(r => r.Id, StringComparer.Ordinal);
            var slots = Enumerable.Range(0, PartnerOrderSql.TransitionSlots)
                .Select(i => (PartnerOrderSql.RefundSlot(i), i < chunk.Length ? (object?)chunk[i].Id : null))
                .ToArray();
            await ReadAsync(s => s.TransitionsOfRefunds, PartnerOrderSql.TransitionsOfRefunds, slots, async (row, ct) =>
            {
                while (await row.ReadAsync(ct))
                {
                    _rows.Transition(row, 1, byId[row.GetString(0)]);
                }

                return chunk.Length;
            }, cancellationToken);
        }

        return page;
    }

    /// <summary>The order with its partner and refund when it belongs to <paramref name="partnerId"/>, else null.</summary>
    public Task<(MembershipOrder Order, Partner Partner, Refund? Refund)?> OrderOfPartnerAsync(string orderId, string partnerId, CancellationToken cancellationToken) =>
        ReadAsync(s => s.OrderOfPartner, PartnerOrderSql.OrderOfPartner, [("@order", orderId), ("@partner", partnerId)], async (row, ct) =>
        {
            if (!await row.ReadAsync(ct))
            {
                return ((MembershipOrder, Partner, Refund?)?)null;
            }

            const int refundAt = PartnerOrderSql.OrderWidth + PartnerOrderSql.PartnerWidth;
            const int transitionAt = refundAt + PartnerOrderSql.RefundWidth;
            var order = _rows.Order(row, 0);
            var partner = PartnerOrderRows.Partner(row, PartnerOrderSql.OrderWidth);
            var refund = _rows.Refund(row, refundAt);
            if (refund is not null)
            {
                // One row per transition, the order's and the refund's columns repeated.
                do
                {
                    _rows.Transition(row, transitionAt, refund);
                }
                while (await row.ReadAsync(ct));
            }

            return (order, partner, refund);
        }, cancellationToken);

    /// <summary>The tax refund claim filed for the order, or null.</summary>
    public Task<TaxRefundClaim?> TaxClaimOfOrderAsync(string orderId, CancellationToken cancellationToken) =>
        ReadAsync(s => s.TaxClaimOfOrder, PartnerOrderSql.TaxClaimOfOrder, [("@order", orderId)], async (row, ct) =>
            await row.ReadAsync(ct) ? _rows.Claim(row) : null,
            cancellationToken);

    /// <summary>
    /// Up to <paramref name="count"/> of the partner's latest notifications of the <paramref name="kinds"/> (at most four; the
    /// rest null), newest first, each resolved to the order (or request) it is about.
    /// </summary>
    public Task<List<PartnerNotificationView>> LatestNotificationsAsync(string partnerId, string?[] kinds, int count, CancellationToken cancellationToken) =>
        ReadAsync(s => s.LatestNotifications(count), PartnerOrderSql.LatestNotifications(count),
            [("@partner", partnerId), ("@k0", kinds[0]), ("@k1", kinds[1]), ("@k2", kinds[2]), ("@k3", kinds[3]), ("@completed", NotificationKinds.RefundCompleted)],
            async (row, ct) =>
            {
                var latest = new List<PartnerNotificationView>(count);
                while (await row.ReadAsync(ct))
                {
                    latest.Add(_rows.Notification(row));
                }

                return latest;
            }, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        // The PostgreSQL pool is the site's (SitePostgreSqlPool), disposed with it.
        _sqlite?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<T> ReadAsync<T>(
        Func<SqlitePageReads, SqliteStatement> prepared,
        string sql,
        (string Name, object? Value)[] parameters,
        Func<DbDataReader, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        if (_sqlite is not null)
        {
            return await ReadSqliteAsync(_sqlite, prepared, parameters, read, cancellationToken);
        }

        await using var connection = await _postgres!.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            // A null kind is sent as a text null, so the server need not guess its type.
            command.Parameters.Add(value is null ? new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Text) { Value = DBNull.Value } : new NpgsqlParameter(name, value));
        }

        // Prepared once per pooled physical connection: a second Prepare of the same text finds the statement.
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await read(reader, cancellationToken);
    }

    // A local file read of a page takes well under a millisecond: SQLite's reader completes synchronously on this thread.
    private static async Task<T> ReadSqliteAsync<T>(
        IdleConnections<SqlitePageReads> connections,
        Func<SqlitePageReads, SqliteStatement> prepared,
        (string Name, object? Value)[] parameters,
        Func<DbDataReader, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        var reads = connections.Rent();
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            T result;
            await using (var reader = prepared(reads).Execute(parameters))
            {
                result = await read(reader, cancellationToken);
            }

            connections.Return(reads);
            return result;
        }
        catch
        {
            reads.Dispose();
            throw;
        }
    }
}

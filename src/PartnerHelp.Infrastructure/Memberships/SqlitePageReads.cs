using Microsoft.Data.Sqlite;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>An open SQLite connection with its reads prepared; used by one caller at a time.</summary>
internal sealed class SqlitePageReads : IDisposable
{
    private readonly SqliteConnection _connection;

    // One prepared statement per limit (PartnerOrderSql writes limits into the texts); the callers use one or two limits.
    private readonly Dictionary<int, SqliteCommand> _pages = [];
    private readonly Dictionary<int, SqliteCommand> _notifications = [];

    public SqlitePageReads(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        PartnerWithOrderCount = Prepare(PartnerOrderSql.PartnerWithOrderCount, ("@partner", SqliteType.Text));
        TransitionsOfRefunds = Prepare(PartnerOrderSql.TransitionsOfRefunds,
            [.. Enumerable.Range(0, PartnerOrderSql.TransitionSlots).Select(i => (PartnerOrderSql.RefundSlot(i), SqliteType.Text))]);
        OrderOfPartner = Prepare(PartnerOrderSql.OrderOfPartner, ("@order", SqliteType.Text), ("@partner", SqliteType.Text));
        TaxClaimOfOrder = Prepare(PartnerOrderSql.TaxClaimOfOrder, ("@order", SqliteType.Text));
    }

    public SqliteCommand PartnerWithOrderCount { get; }

    /// <summary>The page read for pages of <paramref name="take"/> orders, prepared on first use.</summary>
    public SqliteCommand PageOfOrders(int take) =>
        _pages.TryGetValue(take, out var prepared) ? prepared : Keep(_pages, take,
            Prepare(PartnerOrderSql.PageOfOrders(take), ("@partner", SqliteType.Text), ("@skip", SqliteType.Integer)));

    public SqliteCommand TransitionsOfRefunds { get; }

    public SqliteCommand OrderOfPartner { get; }

    public SqliteCommand TaxClaimOfOrder { get; }

    /// <summary>The notifications read for <paramref name="count"/> notifications, prepared on first use.</summary>
    public SqliteCommand LatestNotifications(int count) =>
        _notifications.TryGetValue(count, out var prepared) ? prepared : Keep(_notifications, count,
            Prepare(PartnerOrderSql.LatestNotifications(count), ("@partner", SqliteType.Text), ("@k0", SqliteType.Text),
                ("@k1", SqliteType.Text), ("@k2", SqliteType.Text), ("@k3", SqliteType.Text), ("@completed", SqliteType.Text)));

    public void Dispose()
    {
        PartnerWithOrderCount.Dispose();
        foreach (var command in _pages.Values.Concat(_notifications.Values))
        {
            command.Dispose();
        }

        TransitionsOfRefunds.Dispose();
        OrderOfPartner.Dispose();
        TaxClaimOfOrder.Dispose();
        _connection.Dispose();
    }

    private static SqliteCommand Keep(Dictionary<int, SqliteCommand> prepared, int limit, SqliteCommand command)
    {
        prepared.Add(limit, command);
        return command;
    }

    private SqliteCommand Prepare(string sql, params (string Name, SqliteType Type)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            command.Parameters.Add(name, type).Value = type == SqliteType.Text ? string.Empty : 0;
        }

        command.Prepare();
        return command;
    }
}

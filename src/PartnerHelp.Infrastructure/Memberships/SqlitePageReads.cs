using Microsoft.Data.Sqlite;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>
/// An open SQLite connection with its reads prepared (<see cref="SqliteStatement"/>: run through SQLite's own interface, not
/// Microsoft.Data.Sqlite's commands and readers); used by one caller at a time.
/// </summary>
internal sealed class SqlitePageReads : IDisposable
{
    private readonly SqliteConnection _connection;

    // One prepared statement per limit (PartnerOrderSql writes limits into the texts); the callers use one or two limits.
    private readonly Dictionary<int, SqliteStatement> _pages = [];
    private readonly Dictionary<int, SqliteStatement> _notifications = [];

    public SqlitePageReads(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        PartnerWithOrderCount = Prepare(PartnerOrderSql.PartnerWithOrderCount, "@partner");
        TransitionsOfRefunds = Prepare(PartnerOrderSql.TransitionsOfRefunds,
            [.. Enumerable.Range(0, PartnerOrderSql.TransitionSlots).Select(PartnerOrderSql.RefundSlot)]);
        OrderOfPartner = Prepare(PartnerOrderSql.OrderOfPartner, "@order", "@partner");
        TaxClaimOfOrder = Prepare(PartnerOrderSql.TaxClaimOfOrder, "@order");
    }

    public SqliteStatement PartnerWithOrderCount { get; }

    /// <summary>The page read for pages of <paramref name="take"/> orders, prepared on first use.</summary>
    public SqliteStatement PageOfOrders(int take) =>
        _pages.TryGetValue(take, out var prepared) ? prepared : Keep(_pages, take,
            Prepare(PartnerOrderSql.PageOfOrders(take), "@partner", "@skip"));

    public SqliteStatement TransitionsOfRefunds { get; }

    public SqliteStatement OrderOfPartner { get; }

    public SqliteStatement TaxClaimOfOrder { get; }

    /// <summary>The notifications read for <paramref name="count"/> notifications, prepared on first use.</summary>
    public SqliteStatement LatestNotifications(int count) =>
        _notifications.TryGetValue(count, out var prepared) ? prepared : Keep(_notifications, count,
            Prepare(PartnerOrderSql.LatestNotifications(count), "@partner", "@k0", "@k1", "@k2", "@k3", "@completed"));

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

    private static SqliteStatement Keep(Dictionary<int, SqliteStatement> prepared, int limit, SqliteStatement command)
    {
        prepared.Add(limit, command);
        return command;
    }

    private SqliteStatement Prepare(string sql, params string[] parameters) => new(_connection, sql, parameters);
}

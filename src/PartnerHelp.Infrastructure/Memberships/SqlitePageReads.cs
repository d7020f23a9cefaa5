using Microsoft.Data.Sqlite;

namespace PartnerHelp.Infrastructure.Memberships;

/// <summary>An open SQLite connection with its reads prepared; used by one caller at a time.</summary>
internal sealed class SqlitePageReads : IDisposable
{
    private readonly SqliteConnection _connection;

    public SqlitePageReads(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        PartnerWithOrderCount = Prepare(PartnerOrderSql.PartnerWithOrderCount, ("@partner", SqliteType.Text));
        PageOfOrders = Prepare(PartnerOrderSql.PageOfOrders, ("@partner", SqliteType.Text), ("@skip", SqliteType.Integer), ("@take", SqliteType.Integer));
        TransitionsOfRefunds = Prepare(PartnerOrderSql.TransitionsOfRefunds,
            [.. Enumerable.Range(0, PartnerOrderSql.TransitionSlots).Select(i => (PartnerOrderSql.RefundSlot(i), SqliteType.Text))]);
        OrderOfPartner = Prepare(PartnerOrderSql.OrderOfPartner, ("@order", SqliteType.Text), ("@partner", SqliteType.Text));
        TaxClaimOfOrder = Prepare(PartnerOrderSql.TaxClaimOfOrder, ("@order", SqliteType.Text));
        LatestNotifications = Prepare(PartnerOrderSql.LatestNotifications, ("@partner", SqliteType.Text), ("@k0", SqliteType.Text),
            ("@k1", SqliteType.Text), ("@k2", SqliteType.Text), ("@k3", SqliteType.Text), ("@count", SqliteType.Integer), ("@completed", SqliteType.Text));
    }

    public SqliteCommand PartnerWithOrderCount { get; }

    public SqliteCommand PageOfOrders { get; }

    public SqliteCommand TransitionsOfRefunds { get; }

    public SqliteCommand OrderOfPartner { get; }

    public SqliteCommand TaxClaimOfOrder { get; }

    public SqliteCommand LatestNotifications { get; }

    public void Dispose()
    {
        PartnerWithOrderCount.Dispose();
        PageOfOrders.Dispose();
        TransitionsOfRefunds.Dispose();
        OrderOfPartner.Dispose();
        TaxClaimOfOrder.Dispose();
        LatestNotifications.Dispose();
        _connection.Dispose();
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

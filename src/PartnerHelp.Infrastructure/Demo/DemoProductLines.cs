using PartnerHelp.Core;
using PartnerHelp.Core.CreditRequests;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Core.StoreOrders;
using PartnerHelp.Core.Subscriptions;

namespace PartnerHelp.Infrastructure.Demo;

/// <summary>
/// Demo data of the refund paths beyond memberships (SPEC 6, last paragraph): Northwind's CSP
/// subscriptions and customers' reservations, an incident to file a credit request for, and a Contoso
/// store order whose items show each state. Ages are days before today and are kept by the daily re-base.
/// </summary>
public static class DemoProductLines
{
    /// <summary>Northwind's customers: two on Azure plan (CSP), one on an Enterprise Agreement.</summary>
    public static IReadOnlyList<CspCustomer> Customers() =>
    [
        new("c-tailspin", "northwind", "Tailspin Toys", "tailspintoys.example", CustomerSubscriptionType.AzurePlan),
        new("c-wideworld", "northwind", "Wide World Importers", "wideworldimporters.example", CustomerSubscriptionType.AzurePlan),
        new("c-litware", "northwind", "Litware", "litware.example", CustomerSubscriptionType.EnterpriseAgreement),
    ];

    /// <summary>One subscription 10 days old (full refund), one in month 4 (prorated suspension), with the ages they are kept at.</summary>
    public static IReadOnlyList<(CspSubscription Subscription, int AgeDays)> Subscriptions(DateTimeOffset now)
    {
        var recent = new CspSubscription("NW-SUB-1001", "northwind", "Tailspin Toys", "Microsoft 365 Business Premium", 25,
            DemoCatalog.PurchaseInstant(now, 10), 12, new Money(66000.00m, "SEK"));
        var month4 = new CspSubscription("NW-SUB-1002", "northwind", "Wide World Importers", "Microsoft 365 E3", 10,
            DemoCatalog.PurchaseInstant(now, 100), 12, new Money(43200.00m, "SEK"));
        return [(recent, 10), (month4, 100)];
    }

    /// <summary>Reservations of two types for two customers, with the ages they are kept at.</summary>
    public static IReadOnlyList<(Reservation Reservation, int AgeDays)> Reservations(DateTimeOffset now)
    {
        var vm = new Reservation("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d", "northwind", "c-tailspin",
            "Tailspin Toys", ReservationType.VirtualMachines, "Standard_D4s_v5", "swedencentral", DemoCatalog.PurchaseInstant(now, 60), 1,
            new Money(36500.00m, "SEK"), ReservationScope.Shared, null);
        vm.RecordUtilization(87.5m);
        var sql = new Reservation("2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901", "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4", "northwind", "c-wideworld",
            "Wide World Importers", ReservationType.SqlDatabase, "SQL Database vCore Gen5", "northeurope", DemoCatalog.PurchaseInstant(now, 200), 3,
            new Money(120000.00m, "SEK"), ReservationScope.SingleSubscription, "sub-wwi-prod");
        sql.RecordUtilization(64.0m);
        return [(vm, 60), (sql, 200)];
    }

    /// <summary>The age an incident is kept at: a credit request for it is still in time.</summary>
    public const int IncidentAgeDays = 10;

    /// <summary>The age the store order is kept at.</summary>
    public const int StoreOrderAgeDays = 2;

    /// <summary>An incident <see cref="IncidentAgeDays"/> old.</summary>
    public static ServiceIncident Incident(DateTimeOffset now) =>
        new("INC-7001", "northwind", "Tailspin Toys", IncidentDay(now, IncidentAgeDays), "Exchange Online mailbox outage");

    /// <summary>A Contoso store order placed <see cref="StoreOrderAgeDays"/> ago: a pre-order not yet charged, and a charged item.</summary>
    public static (StoreOrder Order, IReadOnlyList<StoreOrderItem> Items) StoreOrder(DateTimeOffset now)
    {
        var placed = DemoCatalog.PurchaseInstant(now, StoreOrderAgeDays);
        var order = new StoreOrder("SO-5001", "contoso", "admin@contoso.example", placed);
        var preOrder = new StoreOrderItem("SO-5001-1", "SO-5001", "contoso", "Surface Laptop 7", 1, new Money(1299.00m, "USD"), isPreOrder: true);
        var charged = new StoreOrderItem("SO-5001-2", "SO-5001", "contoso", "Xbox Wireless Controller", 2, new Money(119.98m, "USD"), isPreOrder: false);
        charged.MarkCharged(placed.AddHours(20));
        return (order, [preOrder, charged]);
    }

    /// <summary>The UTC day <paramref name="ageDays"/> before <paramref name="now"/>.</summary>
    public static DateOnly IncidentDay(DateTimeOffset now, int ageDays) => DateOnly.FromDateTime(now.UtcDateTime).AddDays(-ageDays);
}

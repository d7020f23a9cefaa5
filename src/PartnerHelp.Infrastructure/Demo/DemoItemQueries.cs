using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Demo;

/// <summary>What production code may ask about the demo bookkeeping.</summary>
public static class DemoItemQueries
{
    /// <summary>
    /// Ids of the demo membership orders nobody has acted on since the seeder wrote them (their version has not moved):
    /// they and their refunds stay as seeded, e.g. CT-1008's refund stays Processing (SPEC 6).
    /// </summary>
    public static IQueryable<string> UntouchedDemoOrders(this PartnerHelpDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from item in db.DemoItems
               where item.Kind == DemoItemKinds.MembershipOrder
               join order in db.MembershipOrders on item.ItemId equals order.Id
               where item.Version == order.Version
               select order.Id;
    }
}

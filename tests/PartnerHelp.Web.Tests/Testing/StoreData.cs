using Microsoft.EntityFrameworkCore;
using PartnerHelp.Core.Outbox;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Testing;

/// <summary>What the database says about the demo store order SO-5001.</summary>
public static class StoreData
{
    public static Task<bool> IsCancelledAsync(PartnerHelpFactory factory, string itemId) =>
        SiteData.QueryAsync(factory, async db => (await db.StoreOrderItems.AsNoTracking().SingleAsync(i => i.Id == itemId)).CancelledAt is not null);

    public static Task<int> ConfirmationCountAsync(PartnerHelpFactory factory, string orderId) =>
        SiteData.QueryAsync(factory, db => db.OutboxMessages.CountAsync(m => m.Subject == orderId && m.Type == OutboxMessage.StoreItemsCancelled));

    public static Task<List<string>> ConfirmationCulturesAsync(PartnerHelpFactory factory, string orderId) =>
        SiteData.QueryAsync(factory, db => db.OutboxMessages.Where(m => m.Subject == orderId && m.Type == OutboxMessage.StoreItemsCancelled).Select(m => m.Culture).ToListAsync());
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Core;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Core.Tickets;
using PartnerHelp.Infrastructure.Memberships;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Tests.Persistence;
using PartnerHelp.Infrastructure.Tickets;
using PartnerHelp.Testing;

namespace PartnerHelp.Infrastructure.Tests.Tickets;

/// <summary>Support tickets on both providers, through the numbered schema scripts (0002 creates the table).</summary>
public sealed class SupportTicketsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly Requester ContosoUser = new("user-1", "contoso", new HashSet<string>());

    [Fact]
    public async Task OpenAsync_StoresAndListsTickets_OnSqlite()
    {
        using var folder = new TempDirectory("tickets");
        await RunScenarioAsync(TestDatabases.SqliteFile(folder.File("tickets.db")));
    }

    [Fact]
    public async Task OpenAsync_StoresAndListsTickets_OnPostgreSql()
    {
        await using var server = await PostgresServer.StartAsync();
        await server.CreateDatabaseAsync("tickets");
        await RunScenarioAsync(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = server.ConnectionString("tickets") });
    }

    private static async Task RunScenarioAsync(DatabaseOptions database)
    {
        await TestDatabases.MigrateAsync(database);
        await using (var seed = TestDatabases.Context(database))
        {
            seed.Partners.AddRange(
                new Partner("contoso", "Contoso", "USD", PartnerStatus.Active, CspRelationship.None, isTaxExempt: false),
                new Partner("fabrikam", "Fabrikam", "EUR", PartnerStatus.Suspended, CspRelationship.None, isTaxExempt: false));
            seed.MembershipOrders.AddRange(
                new MembershipOrder("CT-1005", "contoso", MembershipOffer.SolutionsPartnerDesignation, Now.AddDays(-7), new Money(4730m, "USD"), PaymentMethod.WireTransfer, "IBAN 7731"),
                new MembershipOrder("FB-2001", "fabrikam", MembershipOffer.PartnerSuccessCore, Now.AddDays(-5), new Money(1650m, "EUR"), PaymentMethod.CreditCard, "Visa 1881"));
            await seed.SaveChangesAsync();
        }

        await using var pool = new SitePostgreSqlPool(database);
        await using var reads = new PartnerOrderReads(database, pool);
        await using var db = TestDatabases.Context(database);
        var clock = new FakeTimeProvider(Now);
        var tickets = new SupportTickets(db, new PartnerOrders(db, reads, new EligibilityService(clock, [new MembershipRefundRules()])), clock);

        var opened = await tickets.OpenAsync(ContosoUser, new TicketRequest("CT-1005", "  Refund CT-1005  ", "Paid by wire.", "sv", "key-1"));
        var repeated = await tickets.OpenAsync(ContosoUser, new TicketRequest("CT-1005", "Refund CT-1005", "Paid by wire, again.", "sv", "key-1"));
        clock.Advance(TimeSpan.FromMinutes(5));
        var general = await tickets.OpenAsync(ContosoUser, new TicketRequest(null, "Invoice", "Where is it?", "en"));
        var foreign = await tickets.OpenAsync(ContosoUser, new TicketRequest("FB-2001", "Refund", "Not ours.", "en"));
        var empty = await tickets.OpenAsync(ContosoUser, new TicketRequest(null, " ", "Text", "en"));
        var overlong = await tickets.OpenAsync(ContosoUser, new TicketRequest(null, "S", new string('d', SupportTicket.MaxDescriptionLength + 1), "en"));
        var noPartner = await tickets.OpenAsync(new Requester("ops", null, new HashSet<string>()), new TicketRequest(null, "S", "D", "en"));

        Assert.Equal(TicketOpenStatus.Opened, opened.Status);
        Assert.Equal(TicketOpenStatus.AlreadyOpened, repeated.Status);
        Assert.Equal(opened.Ticket!.Reference, repeated.Ticket!.Reference);
        Assert.Equal(TicketOpenStatus.Opened, general.Status);
        Assert.Equal(TicketOpenStatus.OrderNotFound, foreign.Status);
        Assert.Equal(TicketOpenStatus.InvalidInput, empty.Status);
        Assert.Equal(TicketOpenStatus.InvalidInput, overlong.Status);
        Assert.Equal(TicketOpenStatus.InvalidInput, noPartner.Status);

        await using var read = TestDatabases.Context(database);
        var readTickets = new SupportTickets(read, new PartnerOrders(read, reads, new EligibilityService(clock, [new MembershipRefundRules()])), clock);
        var list = await readTickets.ListAsync(ContosoUser);
        Assert.Equal([general.Ticket!.Reference, opened.Ticket!.Reference], list.Select(t => t.Reference));
        var stored = list[1];
        Assert.Equal("Refund CT-1005", stored.Subject);
        Assert.Equal("CT-1005", stored.OrderId);
        Assert.Equal("sv", stored.Culture);
        Assert.Equal(TicketStatus.Open, stored.Status);
        Assert.Equal(Now, stored.OpenedAt);
        Assert.Empty(await readTickets.ListAsync(new Requester("f", "fabrikam", new HashSet<string>())));
        Assert.Equal(2, await read.SupportTickets.CountAsync());
    }
}

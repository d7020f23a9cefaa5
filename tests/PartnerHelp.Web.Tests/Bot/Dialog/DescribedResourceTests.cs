using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Web.Bot.Dialog;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>
/// Resources a signed-in partner names without their ids (round 9): a CSP subscription by its customer or plan, an
/// incident by its number alone or by its service with a day remembered roughly, an old order by its amount and age.
/// </summary>
public sealed class DescribedResourceTests(FixedClockSite site) : IClassFixture<FixedClockSite>
{
    // Northwind's NW-SUB-1001 is Tailspin Toys' Microsoft 365 Business Premium, 10 days old.
    [Theory]
    [InlineData("en", "Tailspin Toys wants to cancel its subscription bought ten days ago, do they get everything back?")]
    [InlineData("de", "Wie viel bekommt der Kunde zurück, wenn wir das Business Premium Abo jetzt beenden?")]
    [InlineData("ja", "Tailspin ToysのM365 Business Premiumを今解約したら全額戻りますか？")]
    public async Task ASubscription_IsNamed_ByItsCustomerOrPlan(string culture, string question)
    {
        var reply = await AskAsync(question, "agent@northwind.example");

        Assert.Equal(("CspSubscription", "NW-SUB-1001", culture), (reply.Topic, reply.Resource, reply.Locale));
    }

    // Contoso has no subscriptions: the same words name nothing of another partner's.
    [Fact]
    public async Task NoSubscription_IsNamed_ForAPartnerWithout()
    {
        var reply = await AskAsync("Tailspin Toys wants to cancel its Business Premium subscription, full refund?", "admin@contoso.example");

        Assert.Null(reply.Resource);
    }

    [Theory]
    [InlineData("en", "what is the deadline for the credit of incident 7001?")]
    [InlineData("en", "The Exchange Online outage last week hit three customers, what do we file for the credit and by when?")]
    public async Task AnIncident_IsNamed_ByItsNumberOrServiceWithARoughDay(string culture, string question)
    {
        var reply = await AskAsync(question, "agent@northwind.example");

        Assert.Equal(("CreditRequest", "INC-7001", culture), (reply.Topic, reply.Resource, reply.Locale));
    }

    // NW-3001 costs 48,000 SEK and is 200 days old: "from 200 days ago" is its age, not an order "FROM-200".
    [Fact]
    public async Task AnOldOrder_IsNamed_ByItsAmount_NotByItsAge()
    {
        var reply = await AskAsync("The order from 200 days ago (48,000 SEK), can we at least get the sales tax back?", "agent@northwind.example");

        Assert.Equal(("TaxRefund", "NW-3001"), (reply.Topic, reply.Resource));
    }

    // Northwind's customer Tailspin Toys has one reservation (a VM reservation, 60 days old). Round 10 moved the name
    // match onto ChatPhrases: the first question was found before too; the others (a hyphen, brackets, a colon, Japanese
    // without a space) named nothing before.
    [Theory]
    [InlineData("Can Tailspin Toys exchange its VM reservation for a bigger size?")]
    [InlineData("Can Tailspin-Toys exchange its VM reservation for a bigger size?")]
    [InlineData("The VM reservation (Tailspin Toys) - can we still return it?")]
    [InlineData("Re: Tailspin Toys: can we return the VM reservation?")]
    [InlineData("Tailspin Toysの予約は返品できますか？")]
    public async Task AReservation_IsNamed_ByItsCustomer_AsChatPhrasesFindsIt(string question)
    {
        var reply = await AskAsync(question, "agent@northwind.example");

        Assert.Equal("Reservation", reply.Topic);
        Assert.True(Guid.TryParse(reply.Resource, out _), $"no reservation named: {reply.Resource}");
        Assert.Equal(true, reply.Found);
    }

    [Theory]
    [InlineData("agent@northwind.example", "Can Tailspin Toysland exchange its VM reservation?")]
    [InlineData("admin@contoso.example", "Can Tailspin Toys exchange its VM reservation for a bigger size?")]
    public async Task NoReservation_IsNamed_ByAnotherWordOrForAnotherPartner(string email, string question)
    {
        var reply = await AskAsync(question, email);

        Assert.Null(reply.Resource);
    }

    private async Task<BotReply> AskAsync(string text, string email)
    {
        var requester = await DemoRequesters.ForAsync(site.Services, email);
        using var scope = site.Services.CreateScope();
        var conversation = new BotConversation { Id = "described", ChannelId = "test", CreatedAt = DateTimeOffset.UnixEpoch, LastActivityAt = DateTimeOffset.UnixEpoch };
        return await scope.ServiceProvider.GetRequiredService<HelpDialog>().RespondAsync(new BotTurn(text, "en", conversation, requester, null, "http://localhost"));
    }
}

using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Web.Bot.Dialog;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>
/// A turn about one membership order reads the order's view (and has it decided) once: the refund-topic rule and the
/// answer use the same view, and the next turn reads it again.
/// </summary>
public sealed class OrderReadsTests(EligibilityCountingSite site) : IClassFixture<EligibilityCountingSite>
{
    public static TheoryData<string, string, string, string[]> Conversations => new()
    {
        // Torn between eligibility and refund: the refund-topic rule decides, then the eligibility is answered.
        { "admin@contoso.example", "CT-1001", "OrderEligibility", ["when would I get my money back if I cancel CT-1001?"] },
        { "admin@contoso.example", "CT-1005", "OrderEligibility", ["why can't I cancel CT-1005?"] },
        // A refund question about an order with a refund, and about one without ("not cancelled, so no refund").
        { "admin@contoso.example", "CT-1008", "RefundStatus", ["CT-1008 refund?"] },
        { "admin@contoso.example", "CT-1003", "RefundStatus", ["has the refund for CT-1003 been paid yet?"] },
        // No order named: the one order with a refund is found among the partner's orders and answered from that view.
        { "admin@contoso.example", "CT-1008", "RefundStatus", ["When will my refund arrive?"] },
        { "agent@northwind.example", "NW-3001", "TaxRefund", ["Can we get the tax back on NW-3001?"] },
        { "admin@contoso.example", "CT-1005", "SupportTicket", ["why can't I cancel CT-1005?", "alright, where do I raise the ticket for it?"] },
    };

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task RespondAsync_ReadsTheOrderOncePerTurn(string email, string orderId, string topic, string[] turns)
    {
        var requester = await DemoRequesters.ForAsync(site.Services, email);
        var conversation = new BotConversation { Id = Guid.NewGuid().ToString("N"), ChannelId = "test", CreatedAt = DateTimeOffset.UnixEpoch, LastActivityAt = DateTimeOffset.UnixEpoch };
        BotReply? reply = null;
        var reads = new List<int>();
        foreach (var text in turns)
        {
            using var scope = site.Services.CreateScope();
            site.Reset();
            reply = await scope.ServiceProvider.GetRequiredService<HelpDialog>().RespondAsync(new BotTurn(text, "en", conversation, requester, null, "http://localhost"));
            reads.Add(site.OrderEvaluations(orderId));
        }

        Assert.Equal((topic, orderId, true), (reply!.Topic, reply.Resource, reply.Found));
        Assert.Equal(Enumerable.Repeat(1, turns.Length), reads);
    }
}

using PartnerHelp.Testing;
using PartnerHelp.Web.Bot.Dialog;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>
/// A follow-up that names no id is about a resource of the conversation: a store item described after an answer about
/// its order, and the refund of the order whose eligibility was just answered. A message that names an id is about that id,
/// or about the one item of that store order it describes.
/// </summary>
public sealed class FollowUpResourceTests(PartnerHelpFactory factory) : IClassFixture<PartnerHelpFactory>
{
    [Theory]
    [InlineData("can I cancel the Surface pre-order in SO-5001?", "and the Xbox controller, can that go too?", "SO-5001-2")]
    [InlineData("kann ich SO-5001-2 noch stornieren?", "und die Vorbestellung?", "SO-5001-1")]
    [InlineData("SO-5001 có hủy được không?", "còn tay cầm Xbox thì sao?", "SO-5001-2")]
    [InlineData("the Xbox controller on SO-5001 was charged, can I still cancel it?", "and the pre-order?", "SO-5001-1")]
    public async Task RespondAsync_NamesTheDescribedItem_OfTheStoreOrderJustDiscussed(string first, string next, string item)
    {
        var reply = await ConverseAsync("admin@contoso.example", first, next);

        Assert.Equal(("StoreOrder", item), (reply.Topic, reply.Resource));
    }

    [Theory]
    [InlineData("can I cancel the Surface pre-order in SO-5001?", "SO-5001-1")]
    [InlineData("the Xbox controller on SO-5001 was charged, can I still cancel it?", "SO-5001-2")]
    [InlineData("can I cancel item 2 of SO-5001?", "SO-5001-2")]
    [InlineData("can I cancel SO-5001-1?", "SO-5001-1")]
    [InlineData("can I cancel SO-5001?", "SO-5001")]
    [InlineData("can I cancel SO-5001, both the laptop and the Xbox controllers?", "SO-5001")]
    public async Task RespondAsync_AnswersTheItemDescribed_InTheOrderNamed(string text, string resource)
    {
        // An order named with one of its items described asks about that item; the order alone, or both items, the order.
        var reply = await ConverseAsync("admin@contoso.example", text);

        Assert.Equal(("StoreOrder", resource), (reply.Topic, reply.Resource));
    }

    [Fact]
    public async Task RespondAsync_NamesNoItem_ForAnotherPartnersStoreOrder()
    {
        // SO-5001 is Contoso's: for Northwind the follow-up finds nothing to describe, as for an order that does not exist.
        var other = await ConverseAsync("agent@northwind.example", "can I cancel the Surface pre-order in SO-5001?", "and the Xbox controller?");
        var unknown = await ConverseAsync("agent@northwind.example", "can I cancel the Surface pre-order in SO-9999?", "and the Xbox controller?");

        Assert.Equal((unknown.Found, unknown.Outcome), (other.Found, other.Outcome));
        Assert.NotEqual("SO-5001-2", other.Resource);
    }

    [Fact]
    public async Task RespondAsync_AnswersTheRefund_RightAfterTheOrdersEligibility()
    {
        var reply = await ConverseAsync("admin@contoso.example", "can I cancel CT-1001?", "ok, and the refund?");

        Assert.Equal(("RefundStatus", "CT-1001"), (reply.Topic, reply.Resource));
    }

    private Task<BotReply> ConverseAsync(string email, params string[] texts) =>
        DialogConversation.ConverseAsync(factory.Services, "follow-up", email, texts);
}

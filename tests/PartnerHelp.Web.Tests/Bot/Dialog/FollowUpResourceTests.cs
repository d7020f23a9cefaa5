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
    [InlineData("Can I cancel the Surface Laptop in SO-5001?", "and the controllers?", "SO-5001-2")]
    public async Task RespondAsync_NamesTheDescribedItem_OfTheStoreOrderJustDiscussed(string first, string next, string item)
    {
        var reply = await ConverseAsync("admin@contoso.example", first, next);

        Assert.Equal(("StoreOrder", item), (reply.Topic, reply.Resource));
    }

    [Theory]
    [InlineData("Can I cancel NW-SUB-1001 for a full refund?", "Same question for the Wide World Importers one?", "NW-SUB-1002")]
    [InlineData("NW-SUB-1001 hủy có được hoàn đủ không?", "Còn cái của Wide World Importers thì sao?", "NW-SUB-1002")]
    [InlineData("Bekomme ich bei NW-SUB-1002 die volle Erstattung?", "Und beim Abo von Tailspin Toys?", "NW-SUB-1001")]
    [InlineData("What happens if I cancel NW-SUB-1002?", "and the Business Premium one?", "NW-SUB-1001")]
    public async Task RespondAsync_NamesTheSubscriptionDescribed_AfterOneWasDiscussed(string first, string next, string subscription)
    {
        // The customer (or product) named in a short follow-up says which of the partner's subscriptions it is about.
        var reply = await ConverseAsync("agent@northwind.example", first, next);

        Assert.Equal(("CspSubscription", subscription), (reply.Topic, reply.Resource));
    }

    [Theory]
    [InlineData("admin@contoso.example", "SO-5001 has two items, which can I cancel?", "the second one", "StoreOrder", "SO-5001-2")]
    [InlineData("admin@contoso.example", "SO-5001 hat zwei Positionen – welche kann storniert werden?", "das zweite", "StoreOrder", "SO-5001-2")]
    [InlineData("admin@contoso.example", "SO-5001 a deux articles, lequel je peux annuler ?", "le premier", "StoreOrder", "SO-5001-1")]
    [InlineData("admin@contoso.example", "الطلب SO-5001 فيه عنصران، أيهما يمكن إلغاؤه؟", "الثاني", "StoreOrder", "SO-5001-2")]
    [InlineData("admin@contoso.example", "kann ich SO-5001-2 noch stornieren?", "und das erste?", "StoreOrder", "SO-5001-1")]
    [InlineData("agent@northwind.example", "NW-SUB-1001 hủy bây giờ có được hoàn đủ không?", "còn cái thứ hai thì sao?", "CspSubscription", "NW-SUB-1002")]
    public async Task RespondAsync_NamesTheResourceAtThePosition_PointedAt(string email, string first, string next, string topic, string resource)
    {
        var reply = await ConverseAsync(email, first, next);

        Assert.Equal((topic, resource), (reply.Topic, reply.Resource));
    }

    [Fact]
    public async Task RespondAsync_DoesNotGuessAPosition_AmongSeveral()
    {
        // Contoso has eight membership orders and the bot has shown them in no order: "the second one" names none of them.
        var reply = await ConverseAsync("admin@contoso.example", "why can't I cancel CT-1005?", "the second one");

        Assert.Equal("CT-1005", reply.Resource);
    }

    [Fact]
    public async Task RespondAsync_NamesNoSubscription_ForAnotherPartnersCustomer()
    {
        // Contoso has no CSP subscriptions: Northwind's customer named in a follow-up finds nothing, and the answer stays
        // on what was discussed.
        var reply = await ConverseAsync("admin@contoso.example", "Can I cancel NW-SUB-1001?", "and the Wide World Importers one?");

        Assert.NotEqual("NW-SUB-1002", reply.Resource);
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

    [Theory]
    [InlineData("can I cancel the Surface pre-order in SO-5001?", "and the Xbox controller?")]
    [InlineData("SO-5001 has two items, which can I cancel?", "the second one")]
    public async Task RespondAsync_NamesNoItem_ForAnotherPartnersStoreOrder(string first, string next)
    {
        // SO-5001 is Contoso's: for Northwind a follow-up that describes an item or points at one by its position finds
        // nothing, as after an order that does not exist.
        var other = await ConverseAsync("agent@northwind.example", first, next);
        var unknown = await ConverseAsync("agent@northwind.example", first.Replace("SO-5001", "SO-9999", StringComparison.Ordinal), next);

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

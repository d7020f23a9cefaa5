using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

public sealed class NamedResourceTests
{
    private readonly IntentRecognizer _recognizer = new();

    [Theory]
    [InlineData("why can't I cancel NW-SUB-1002?", NamedResourceKind.CspSubscription, "NW-SUB-1002")]
    [InlineData("varför kan jag inte avsluta nw-sub-1001", NamedResourceKind.CspSubscription, "NW-SUB-1001")]
    [InlineData("why can't I return reservation 6F1C2D3E-4A5B-4C6D-8E7F-9A0B1C2D3E4F", NamedResourceKind.Reservation, "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f")]
    [InlineData("why can't I cancel item SO-5001-2 of order SO-5001", NamedResourceKind.StoreOrderItem, "SO-5001-2")]
    [InlineData("tại sao tôi không thể hủy so-5001", NamedResourceKind.StoreOrder, "SO-5001")]
    [InlineData("SO-5001-1の注文をキャンセルできないのはなぜ", NamedResourceKind.StoreOrderItem, "SO-5001-1")]
    [InlineData("why was CR-20261121-abc234 rejected?", NamedResourceKind.CreditRequest, "CR-20261121-ABC234")]
    public void Recognize_NamesTheResourceAndAsksWhy_WhenAMessageNamesOneById(string text, NamedResourceKind kind, string id)
    {
        var match = _recognizer.Recognize(text);

        Assert.Equal(new NamedResource(kind, id), match.Resource);
        Assert.Equal(ChatIntent.WhyCancelDisabled, match.Intent);
        Assert.Null(match.OrderId);
    }

    [Theory]
    [InlineData("why can't I get a tax refund for NW-3001", ChatIntent.TaxRefund, "NW-3001")]
    [InlineData("varför kan jag inte få skatteåterbetalning för NW-3001", ChatIntent.TaxRefund, "NW-3001")]
    [InlineData("tại sao tôi không được hoàn thuế cho NW-3001", ChatIntent.TaxRefund, "NW-3001")]
    [InlineData("why can't I cancel CT-1002", ChatIntent.WhyCancelDisabled, "CT-1002")]
    [InlineData("How do I exchange a reservation?", ChatIntent.ReservationExchange, null)]
    public void Recognize_KeepsMembershipOrdersAndGeneralQuestions_WhenNoOtherResourceIsNamed(string text, ChatIntent intent, string? orderId)
    {
        var match = _recognizer.Recognize(text);

        Assert.Null(match.Resource);
        Assert.Equal((intent, orderId), (match.Intent, match.OrderId));
    }

    [Theory]
    [InlineData("order SO-5001-1234")]
    [InlineData("NW-SUB-12")]
    [InlineData("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f0")]
    [InlineData("CR-2026112-ABC234")]
    public void Find_IgnoresLookAlikes_ThatAreNotWholeIds(string text)
    {
        Assert.Null(NamedResource.Find(text).Resource);
    }
}

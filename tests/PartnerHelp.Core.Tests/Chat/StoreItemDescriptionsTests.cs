using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

public sealed class StoreItemDescriptionsTests
{
    private static readonly (string Id, string ProductName, bool IsPreOrder)[] Order =
    [
        ("SO-7001-1", "Surface Pro 11", true),
        ("SO-7001-2", "HoloLens Headset", false),
        ("SO-7001-3", "Surface Keyboard", false),
    ];

    [Theory]
    [InlineData("can I still back out of the hololens on SO-7001?", "SO-7001-2")]
    [InlineData("la HoloLens de SO-7001 ya está cobrada", "SO-7001-2")]
    [InlineData("SO-7001のHoloLensはキャンセルできますか", "SO-7001-2")]
    [InlineData("das Surface-Keyboard aus der Bestellung stornieren", "SO-7001-3")]
    [InlineData("bàn phím keyboard trong đơn này hủy được không", "SO-7001-3")]
    [InlineData("kan jag avbryta förbeställningen?", "SO-7001-1")]
    [InlineData("la précommande, je peux l'annuler ?", "SO-7001-1")]
    [InlineData("huy don dat truoc duoc khong", "SO-7001-1")]
    [InlineData("هل يمكن إلغاء الطلب المسبق؟", "SO-7001-1")]
    [InlineData("Vorbestellung zurückziehen, geht das?", "SO-7001-1")]
    [InlineData("je veux annuler le casque de la commande", "SO-7001-2")]
    [InlineData("¿puedo devolver los auriculares?", "SO-7001-2")]
    [InlineData("kan vi avbryta tangentbordet?", "SO-7001-3")]
    [InlineData("die Tastatur ist schon bezahlt", "SO-7001-3")]
    [InlineData("キーボードだけキャンセルしたい", "SO-7001-3")]
    [InlineData("هل يمكن إلغاء لوحة المفاتيح؟", "SO-7001-3")]
    [InlineData("and the keyboards?", "SO-7001-3")]
    [InlineData("what about the HoloLenses", "SO-7001-2")]
    public void AnItem_IsNamed_ByItsProduct_OrAsThePreOrder(string text, string expected) =>
        Assert.Equal(expected, StoreItemDescriptions.Find(text, Order));

    [Theory]
    [InlineData("can I cancel the surface?")] // two items carry "Surface"
    [InlineData("cancel the hololens and the keyboard")] // two items named
    [InlineData("can I cancel an item of SO-7001?")]
    [InlineData("the holo lens thing")] // no word of the name stands as written
    [InlineData("my surfaceprokeyboard order")]
    [InlineData("the declavier thing")] // a kind word only at a word's start
    [InlineData("a problem with the order")] // "pro" is too short to name an item in an inflected form
    [InlineData("le casque et le clavier")] // two items described by their kind
    public void NothingIsNamed_WhenTheDescriptionIsAmbiguousOrAbsent(string text) =>
        Assert.Null(StoreItemDescriptions.Find(text, Order));

    [Fact]
    public void APreOrderWord_NamesNothing_WhenTheOrderHasNoSinglePreOrder() =>
        Assert.Null(StoreItemDescriptions.Find("can I cancel the pre-order?", [("SO-1-1", "Widget One", true), ("SO-1-2", "Gadget Two", true)]));
}

using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

public sealed class ChatEntitiesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("why can't I cancel CT-1002?", NamedResourceKind.MembershipOrder, "CT-1002", false)]
    [InlineData("what about ct1007", NamedResourceKind.MembershipOrder, "CT-1007", false)]
    [InlineData("is ct 1002 refundable", NamedResourceKind.MembershipOrder, "CT-1002", true)]
    [InlineData("ct 1004, 30 % off?", NamedResourceKind.MembershipOrder, "CT-1004", true)]
    [InlineData("CT_1003 please", NamedResourceKind.MembershipOrder, "CT-1003", false)]
    [InlineData("ＣＴ－１００２のキャンセル", NamedResourceKind.MembershipOrder, "CT-1002", false)]
    [InlineData("لماذا لا أستطيع إلغاء الطلب CT-1002؟", NamedResourceKind.MembershipOrder, "CT-1002", false)]
    [InlineData("why can't I cancel NW-SUB-1002?", NamedResourceKind.CspSubscription, "NW-SUB-1002", false)]
    [InlineData("nw sub 1001 cancel", NamedResourceKind.CspSubscription, "NW-SUB-1001", false)]
    [InlineData("item SO-5001-2 of order SO-5001", NamedResourceKind.StoreOrderItem, "SO-5001-2", false)]
    [InlineData("hủy so5001", NamedResourceKind.StoreOrder, "SO-5001", false)]
    [InlineData("can I still cancel item 2 of SO-5001?", NamedResourceKind.StoreOrderItem, "SO-5001-2", false)]
    [InlineData("the second item of order so 5001", NamedResourceKind.StoreOrderItem, "SO-5001-2", false)]
    [InlineData("SO-5001, item #1: cancel it", NamedResourceKind.StoreOrderItem, "SO-5001-1", false)]
    [InlineData("Kann ich Artikel 2 der Bestellung SO-5001 stornieren?", NamedResourceKind.StoreOrderItem, "SO-5001-2", false)]
    [InlineData("annuler le deuxième article de SO-5001", NamedResourceKind.StoreOrderItem, "SO-5001-2", false)]
    [InlineData("cancelar el ítem 1 del pedido SO-5001", NamedResourceKind.StoreOrderItem, "SO-5001-1", false)]
    [InlineData("posso cancelar o item 2 do SO-5001?", NamedResourceKind.StoreOrderItem, "SO-5001-2", false)]
    [InlineData("kan jag avbryta artikel 2 i SO-5001?", NamedResourceKind.StoreOrderItem, "SO-5001-2", false)]
    [InlineData("is the first product in SO-5001 still cancellable?", NamedResourceKind.StoreOrderItem, "SO-5001-1", false)]
    [InlineData("das zweite Produkt aus SO-5001 stornieren", NamedResourceKind.StoreOrderItem, "SO-5001-2", false)]
    [InlineData("hủy mục số 2 của đơn SO-5001", NamedResourceKind.StoreOrderItem, "SO-5001-2", false)]
    [InlineData("SO-5001の2番目の商品をキャンセルしたい", NamedResourceKind.StoreOrderItem, "SO-5001-2", false)]
    [InlineData("هل يمكنني إلغاء العنصر الثاني من SO-5001؟", NamedResourceKind.StoreOrderItem, "SO-5001-2", false)]
    [InlineData("I returned item 2 last week. Can I cancel SO-5001?", NamedResourceKind.StoreOrder, "SO-5001", false)]
    [InlineData("credit for inc 7001", NamedResourceKind.Incident, "INC-7001", false)]
    [InlineData("why was CR-20261121-abc234 rejected?", NamedResourceKind.CreditRequest, "CR-20261121-ABC234", false)]
    [InlineData("return 6F1C2D3E-4A5B-4C6D-8E7F-9A0B1C2D3E4F", NamedResourceKind.Reservation, "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f", false)]
    public void Find_ReadsIds_AsPeopleWriteThem(string text, NamedResourceKind kind, string id, bool loose)
    {
        var found = ResourceIds.Find(text)[0];
        Assert.Equal(new NamedResource(kind, id), found.Resource);
        Assert.Equal(loose, found.Loose);
    }

    [Theory]
    [InlineData("an incident in 2024 lasted 30 days")]
    [InlineData("bestellt am 12. Mai, de 2026, USD 1765")]
    [InlineData("nothing here")]
    [InlineData("Ausfall am 3. März 2026")]
    [InlineData("avbrott den 3 juni 2026")]
    [InlineData("panne le 3 mars 2026")]
    [InlineData("caída el 3 de mayo 2026")]
    [InlineData("outage on July 2026")]
    [InlineData("el presupuesto para 2027")]
    [InlineData("die Bestellung ist rund 300 Tage alt")]
    [InlineData("our reference PO-44120 for the invoice")]
    [InlineData("kriegen wir dann 100 % wieder?")]
    [InlineData("we paid 1650.00 for it")]
    [InlineData("vi fick bara 320,50 kronor")]
    [InlineData("nos devolvieron solo 150,75 USD")]
    [InlineData("the Solutions Partner order from 200 days ago")]
    [InlineData("o pedido tem 200 dias, e o imposto?")]
    [InlineData("incidenten var 2026-10-28, hinner vi?")]
    [InlineData("Ausfall seit 2026/10/28")]
    [InlineData("ordern var 1650 kronor")]
    [InlineData("och hur mycket får vi tillbaka, hela 475 dollar?")]
    [InlineData("et le montant remboursé ce sera bien 475 $ ?")]
    public void Find_IgnoresWordsBeforeNumbers(string text) => Assert.Empty(ResourceIds.Find(text));

    [Fact]
    public void BareNumbers_AreLoneNumbersOutsideIds()
    {
        var text = ResourceIds.Normalize("is order 1002 like CT-1003, paid 2026-11-26?");
        Assert.Equal(["1002"], ResourceIds.BareNumbers(text, ResourceIds.Find(text)));
    }

    [Theory]
    [InlineData("We had an incident on 26 November 2026, until when?", "2026-11-26")]
    [InlineData("outage on November 26th", "2026-11-26")]
    [InlineData("am 26. November", "2026-11-26")]
    [InlineData("le 26 novembre", "2026-11-26")]
    [InlineData("el 26 de noviembre de 2026", "2026-11-26")]
    [InlineData("em 26 de novembro", "2026-11-26")]
    [InlineData("den 26 november", "2026-11-26")]
    [InlineData("sự cố ngày 26 tháng 11", "2026-11-26")]
    [InlineData("11月26日の障害", "2026-11-26")]
    [InlineData("عطل في 26 نوفمبر", "2026-11-26")]
    [InlineData("incident 26/11", "2026-11-26")]
    [InlineData("Vorfall am 26.11.2026", "2026-11-26")]
    [InlineData("2026-11-26", "2026-11-26")]
    [InlineData("on 12/20", "2025-12-20")]
    [InlineData("yesterday", "2026-12-05")]
    [InlineData("hôm qua", "2026-12-05")]
    public void Dates_AreReadInEveryLanguage(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChatDates.Find(ResourceIds.Normalize(text), Today, monthFirst: true)[0]);

    [Theory]
    [InlineData("30 days after CT-1002, 25% off")]
    [InlineData("1.765,00")]
    public void Dates_AreNotReadFromOtherNumbers(string text) => Assert.Empty(ChatDates.Find(ResourceIds.Normalize(text), Today, monthFirst: false));

    [Theory]
    [InlineData("I paid $1,765.00 for it", 1765.00, "USD")]
    [InlineData("1.765,00 € bezahlt", 1765.00, "EUR")]
    [InlineData("48 000 SEK", 48000, "SEK")]
    [InlineData("475 USD", 475, "USD")]
    [InlineData("USD 4,730", 4730, "USD")]
    public void Amounts_AreReadWithTheirCurrency(string text, double amount, string currency)
    {
        var found = ChatAmounts.Find(ResourceIds.Normalize(text))[0];
        Assert.Equal((decimal)amount, found.Amount);
        Assert.Equal(currency, found.Currency);
    }

    [Fact]
    public void Amounts_NeedACurrency() => Assert.Empty(ChatAmounts.Find("order CT-1002, 30 days"));
}

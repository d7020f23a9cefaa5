using System.Xml.Linq;
using PartnerHelp.Core.Chat;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Bot;

public sealed class ChatResourceTests
{
    [Theory]
    [InlineData("vi")]
    [InlineData("sv")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("pt-BR")]
    [InlineData("ja")]
    [InlineData("ar")]
    public void CultureFile_HasExactlyTheNeutralKeys(string culture)
    {
        Assert.Equal(Values("ChatResource.resx").Keys.Order(), Values($"ChatResource.{culture}.resx").Keys.Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData(".vi")]
    [InlineData(".sv")]
    [InlineData(".de")]
    [InlineData(".fr")]
    [InlineData(".es")]
    [InlineData(".pt-BR")]
    [InlineData(".ja")]
    [InlineData(".ar")]
    public void TopicsAndAskWhy_AreUnderstoodByTheRecognizer_InEveryTranslatedLanguage(string suffix)
    {
        var values = Values($"ChatResource{suffix}.resx");
        var recognizer = new IntentRecognizer();
        var expected = new Dictionary<string, ChatIntent>
        {
            ["Topic_WhyDisabled"] = ChatIntent.WhyCancelDisabled,
            ["Topic_HowToCancel"] = ChatIntent.HowToCancel,
            ["Topic_RefundStatus"] = ChatIntent.RefundStatus,
            ["Topic_RefundCriteria"] = ChatIntent.RefundCriteria,
            ["Topic_TaxRefund"] = ChatIntent.TaxRefund,
            ["Topic_WireTransfer"] = ChatIntent.WireTransfer,
            ["Topic_CreditDeadline"] = ChatIntent.CreditRequestDeadline,
            ["Topic_Reservation"] = ChatIntent.ReservationExchange,
        };
        foreach (var (key, intent) in expected)
        {
            Assert.Equal(intent, recognizer.Recognize(values[key]).Intent);
        }

        var askWhy = recognizer.Recognize(string.Format(System.Globalization.CultureInfo.InvariantCulture, values["Panel_AskWhyTemplate"], "CT-1002"));
        Assert.Equal(ChatIntent.WhyCancelDisabled, askWhy.Intent);
        Assert.Equal("CT-1002", askWhy.OrderId);
    }

    private static Dictionary<string, string> Values(string file) =>
        XDocument.Load(RepoPaths.Combine("Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
}

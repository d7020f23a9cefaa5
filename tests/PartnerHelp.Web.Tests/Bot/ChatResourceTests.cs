using System.Xml.Linq;
using PartnerHelp.Core.Chat;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Bot;

public sealed class ChatResourceTests
{
    private static readonly Lazy<ChatRecognizer> Recognizer = new(() => new ChatRecognizer());

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
        var recognizer = Recognizer.Value;
        var today = new DateOnly(2026, 12, 6);
        var expected = new Dictionary<string, ChatTopic>
        {
            ["Topic_WhyDisabled"] = ChatTopic.OrderEligibility,
            ["Topic_HowToCancel"] = ChatTopic.MembershipHowToCancel,
            ["Topic_RefundStatus"] = ChatTopic.RefundStatus,
            ["Topic_RefundCriteria"] = ChatTopic.MembershipCriteria,
            ["Topic_CspSubscription"] = ChatTopic.CspSubscription,
            ["Topic_TaxRefund"] = ChatTopic.TaxRefund,
            ["Topic_WireTransfer"] = ChatTopic.SupportTicket,
            ["Topic_CreditDeadline"] = ChatTopic.CreditRequest,
            ["Topic_Reservation"] = ChatTopic.Reservation,
            ["Topic_StoreOrder"] = ChatTopic.StoreOrder,
        };
        foreach (var (key, topic) in expected)
        {
            Assert.True(topic == recognizer.Read(values[key], today).Topic, $"{key} \"{values[key]}\" is read as {recognizer.Read(values[key], today).Topic}, not {topic}.");
        }

        var askWhy = recognizer.Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, values["Panel_AskWhyTemplate"], "CT-1002"), today);
        Assert.Equal(ChatTopic.OrderEligibility, askWhy.Topic);
        Assert.Equal("CT-1002", askWhy.Resources[0].Resource.Id);
    }

    private static Dictionary<string, string> Values(string file) =>
        XDocument.Load(RepoPaths.Combine("Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
}

using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

public sealed class IncidentDescriptionsTests
{
    private static readonly DateOnly Day = new(2026, 11, 26);

    private static readonly (string Id, string CustomerName, string Title, DateOnly OccurredOn)[] One =
        [("INC-7001", "Tailspin Toys", "Exchange Online mailbox outage", Day)];

    [Theory]
    [InlineData("the Exchange outage at our customer, can we still claim a credit?")]
    [InlineData("Tailspin Toys had no mail for a day, what's the credit deadline?")]
    [InlineData("tailspin toys mất mail cả ngày, hạn yêu cầu tín dụng?")]
    [InlineData("Wegen des Exchange-Ausfalls: bis wann Gutschrift?")]
    [InlineData("Exchangeの障害のクレジット申請")]
    [InlineData("انقطاع Exchange عند العميل، متى آخر موعد؟")]
    public void AnIncident_IsNamed_ByItsServiceOrCustomer(string text) =>
        Assert.Equal("INC-7001", IncidentDescriptions.Find(text, [], One));

    [Fact]
    public void AnIncident_IsNamed_ByItsDay() =>
        Assert.Equal("INC-7001", IncidentDescriptions.Find("the outage on 26 November, until when?", [Day], One));

    [Theory]
    [InlineData("we had an outage, until when can we ask for a credit?")] // nothing of the incident's own
    [InlineData("the exchanger in our office broke")] // the service's word inside another word
    [InlineData("Microsoft Exchanges are down")]
    public void NothingIsNamed_WithoutTheIncidentsOwnDetails(string text) =>
        Assert.Null(IncidentDescriptions.Find(text, [], One));

    [Fact]
    public void NothingIsNamed_WhenTheDateWrittenIsAnotherDay() =>
        Assert.Null(IncidentDescriptions.Find("the Exchange outage on 2 November", [new DateOnly(2026, 11, 2)], One));

    [Fact]
    public void AnIncident_IsNamed_ByItsService_WhenTheDateWrittenIsAFewDaysOff()
    {
        // "last week" reads as seven days back; an incident ten days back described by its service is still the one meant.
        Assert.Equal("INC-7001", IncidentDescriptions.Find("the Exchange outage last week, what do we file?", [Day.AddDays(3)], One));
        Assert.Null(IncidentDescriptions.Find("an outage last week, what do we file?", [Day.AddDays(3)], One));
    }

    [Fact]
    public void NothingIsNamed_WhenTwoIncidentsFit()
    {
        (string, string, string, DateOnly)[] two = [.. One, ("INC-7002", "Litware", "Exchange Online sign-in failures", Day.AddDays(-3))];

        Assert.Null(IncidentDescriptions.Find("the Exchange outage, until when?", [], two));
        Assert.Equal("INC-7002", IncidentDescriptions.Find("the Exchange problem at Litware", [Day.AddDays(-3)], two));
    }

    [Fact]
    public void NothingIsNamed_WithoutIncidents() =>
        Assert.Null(IncidentDescriptions.Find("the Exchange outage", [], []));
}

using PartnerHelp.Core.Tickets;

namespace PartnerHelp.Core.Tests.Tickets;

public sealed class SupportTicketTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(2));

    private static SupportTicket NewTicket() =>
        SupportTicket.Open("SR-261122-000001", "contoso", "CT-1005", "user-1", "  Refund CT-1005 ", " Paid by wire. ", "vi", "key", Now);

    [Fact]
    public void Open_StartsOpenWithTrimmedTextInUtc()
    {
        var ticket = NewTicket();

        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Equal("Refund CT-1005", ticket.Subject);
        Assert.Equal("Paid by wire.", ticket.Description);
        Assert.Equal(TimeSpan.Zero, ticket.OpenedAt.Offset);
        Assert.Equal(Now, ticket.OpenedAt);
    }

    [Theory]
    [InlineData(" ", "text")]
    [InlineData("subject", "")]
    public void Open_Throws_WhenTextMissing(string subject, string description) =>
        Assert.ThrowsAny<ArgumentException>(() => SupportTicket.Open("SR-1", "contoso", null, "u", subject, description, "en", null, Now));

    [Fact]
    public void Open_Throws_WhenTextTooLong() =>
        Assert.Throws<ArgumentException>(() => SupportTicket.Open("SR-1", "contoso", null, "u", new string('s', SupportTicket.MaxSubjectLength + 1), "d", "en", null, Now));

    [Fact]
    public void StartWorkThenResolve_MovesOpenToInProgressToResolved()
    {
        var ticket = NewTicket();

        ticket.StartWork(Now.AddHours(1));
        Assert.Equal(TicketStatus.InProgress, ticket.Status);
        ticket.Resolve(Now.AddHours(2));

        Assert.Equal(TicketStatus.Resolved, ticket.Status);
        Assert.Equal(Now.AddHours(2), ticket.UpdatedAt);
    }

    [Fact]
    public void StartWork_Throws_WhenNotOpen()
    {
        var ticket = NewTicket();
        ticket.Resolve(Now);

        Assert.Throws<InvalidOperationException>(() => ticket.StartWork(Now));
        Assert.Throws<InvalidOperationException>(() => ticket.Resolve(Now));
    }
}
